package org.constellation.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilityDecisionRepository extends JpaRepository<EligibilityDecision, Long> {

  Optional<EligibilityDecision> findFirstByProposalIdOrderByDecidedAtDescIdDesc(Long proposalId);

  List<EligibilityDecision> findByProposalIdOrderByDecidedAtAscIdAsc(Long proposalId);
}
