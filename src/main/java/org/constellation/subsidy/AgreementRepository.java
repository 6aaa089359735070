package org.constellation.subsidy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

    /** A proposal's agreement without its signed copy's bytes. */
    @Query("select new org.constellation.subsidy.AgreementView(a.proposalId, a.sentAt, a.acceptedAt, a.acceptedHow,"
            + " a.signedOn, a.signedCopyType, a.recordedBy) from Agreement a where a.proposalId = :proposalId")
    Optional<AgreementView> view(@Param("proposalId") Long proposalId);
}
