package org.constellation.proposal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrackingTokenRepository extends JpaRepository<TrackingToken, Long> {

    Optional<TrackingToken> findByTokenHash(String tokenHash);

    List<TrackingToken> findByProposalIdAndRevokedAtIsNull(Long proposalId);

    /** Marks an action link used, unless it already is: of two confirmations sent at once, one wins. */
    @Modifying
    @Query("update TrackingToken t set t.usedAt = :moment where t.id = :id and t.usedAt is null")
    int markUsed(@Param("id") Long id, @Param("moment") OffsetDateTime moment);
}
