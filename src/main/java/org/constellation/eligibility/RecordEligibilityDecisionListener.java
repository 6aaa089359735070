package org.constellation.eligibility;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * On completing "Vérifier l'éligibilité": the answer read by {@link EligibilityReview}, the decision stored with each
 * criterion's verdict, and what the gateway and the confirming coordinator read set on the process.
 */
@Component("recordEligibilityDecision")
public class RecordEligibilityDecisionListener implements TaskListener {

    /** For the coordinator who confirms a rejection: which criteria failed, and why. */
    static final ModelKey FAILED_CRITERIA = ModelKey.shown("failedCriteria", String.class);

    static final String REVIEWER = "eligibilityReviewer";
    /** The reviewer as the confirming coordinator reads them: their name. */
    static final ModelKey REVIEWER_NAME = ModelKey.shown("eligibilityReviewerName", String.class);

    private final EligibilityDecisionRepository decisions;
    private final CriterionAssessmentRepository assessments;
    private final DecisionHistory history;
    private final StaffNames staff;
    private final Clock clock;

    public RecordEligibilityDecisionListener(
            EligibilityDecisionRepository decisions,
            CriterionAssessmentRepository assessments,
            DecisionHistory history,
            StaffNames staff,
            Clock clock) {
        this.decisions = decisions;
        this.assessments = assessments;
        this.history = history;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput(task);
        Long proposalId = (Long) task.getVariable(ProcessVariables.PROPOSAL_ID);
        List<CriterionAssessment> criteria = assessments.findByProposalIdAndDecisionIdIsNullOrderById(proposalId);
        EligibilityReview review = EligibilityReview.read(input, criteria);
        String reviewer = input.actor();
        EligibilityDecision decision = decisions.save(new EligibilityDecision(
                proposalId,
                review.outcome(),
                review.reasons(),
                review.missingInformation(),
                reviewer,
                OffsetDateTime.now(clock)));
        criteria.forEach(c -> c.decide(
                decision.getId(), review.verdicts().get(c)[0], review.verdicts().get(c)[1]));
        task.getExecution()
                .setVariable(
                        ProcessVariables.ELIGIBILITY_DECISION, review.outcome().name());
        task.getExecution().setVariable(REVIEWER, reviewer);
        task.getExecution().setVariable(REVIEWER_NAME.name(), staff.fullName(reviewer));
        task.getExecution().setVariable(DecisionHistory.VARIABLE.name(), history.describe(proposalId));
        task.getExecution().setVariable(FAILED_CRITERIA.name(), review.failedCriteria());
    }
}
