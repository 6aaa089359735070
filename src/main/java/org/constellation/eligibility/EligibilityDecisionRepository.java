package org.constellation.eligibility;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilityDecisionRepository extends JpaRepository<EligibilityDecision, Long> {

    Optional<EligibilityDecision> findFirstByProposalIdOrderByDecidedAtDescIdDesc(Long proposalId);

    List<EligibilityDecision> findByProposalIdOrderByDecidedAtAscIdAsc(Long proposalId);

    /** The decisions of several proposals at once (an export's), oldest first. */
    List<EligibilityDecision> findByProposalIdInOrderByDecidedAtAscIdAsc(Collection<Long> proposalIds);
}
