package org.constellation.subsidy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AwardRepository extends JpaRepository<Award, Long> {

    /**
     * Locks the call's row for this transaction: two coordinators awarding in the same call at once decide one after
     * the other, each summing the awards the other committed (PostgreSQL and H2 alike).
     */
    @Query(value = "select id from call_for_participation where id = :id for update", nativeQuery = true)
    Optional<Long> lockCall(@Param("id") Long callId);

    /** What the call's awards add up to, in cents. */
    @Query("select coalesce(sum(a.amount), 0L) from Award a where a.callId = :callId")
    long awardedIn(@Param("callId") Long callId);

    /** The call's awards in the order they were decided. */
    List<Award> findByCallIdOrderByDecidedAtAscProposalIdAsc(Long callId);

    /** The next number of the awards' references, never given twice (funding_award_number, PostgreSQL and H2). */
    @Query(value = "select nextval('funding_award_number')", nativeQuery = true)
    long nextNumber();
}
