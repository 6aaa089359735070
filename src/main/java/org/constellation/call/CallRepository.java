package org.constellation.call;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

public interface CallRepository extends JpaRepository<Call, Long> {

    Optional<Call> findBySlug(String slug);

    List<Call> findByStatusOrderByTitle(CallStatus status);

    /** A call with its lists read, for a page that shows them after the transaction (they are lazy, issue 13). */
    @Transactional(readOnly = true)
    default Optional<Call> findWholeBySlug(String slug) {
        return findBySlug(slug).map(Call::withLists);
    }

    /** The same, by id. */
    @Transactional(readOnly = true)
    default Optional<Call> findWholeById(Long id) {
        return findById(id).map(Call::withLists);
    }
}
