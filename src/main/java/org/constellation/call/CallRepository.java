package org.constellation.call;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallRepository extends JpaRepository<Call, Long> {

  Optional<Call> findBySlug(String slug);
}
