package org.constellation.eligibility;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CriterionAssessmentRepository extends JpaRepository<CriterionAssessment, Long> {

    /** The criteria of the latest automatic check not yet decided on. */
    List<CriterionAssessment> findByProposalIdAndDecisionIdIsNullOrderById(Long proposalId);

    List<CriterionAssessment> findByDecisionIdOrderById(Long decisionId);

    /** The results of several proposals at once (an export's), oldest first: the last of a criterion is its latest. */
    List<CriterionAssessment> findByProposalIdInOrderById(Collection<Long> proposalIds);
}
