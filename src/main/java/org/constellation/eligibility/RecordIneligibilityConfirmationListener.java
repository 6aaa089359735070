package org.constellation.eligibility;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * On completing "Confirmer la non-éligibilité": a coordinator other than the reviewer confirms the rejection, or sends
 * it back to the check with a note saying what to review. Only a confirmed rejection is mailed.
 */
@Component("recordIneligibilityConfirmation")
public class RecordIneligibilityConfirmationListener implements TaskListener {

    static final ModelKey ANSWER = ModelKey.field("ineligibilityConfirmation", String.class);
    /** What to review, asked when the rejection goes back to the check. */
    static final ModelKey NOTE = ModelKey.field("confirmationNote", String.class);

    static final String CONFIRMED = "CONFIRMED";
    static final String RETURNED = "RETURNED";

    private final EligibilityDecisionRepository decisions;
    private final Clock clock;

    public RecordIneligibilityConfirmationListener(EligibilityDecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput(task);
        String answer = input.text(ANSWER.name());
        String note = input.text(NOTE.name());
        String coordinator = input.actor();
        if (coordinator.equals(task.getVariable(RecordEligibilityDecisionListener.REVIEWER))) {
            throw TaskInput.rejected(
                    "Une autre personne que celle qui a instruit la proposition doit confirmer sa non-éligibilité.");
        }
        EligibilityDecision decision = decisions
                .findFirstByProposalIdOrderByDecidedAtDescIdDesc((Long) task.getVariable(ProcessVariables.PROPOSAL_ID))
                .orElseThrow();
        decision.recordConfirmation(coordinator, OffsetDateTime.now(clock), CONFIRMED.equals(answer) ? null : note);
        task.getExecution().setVariable(ProcessVariables.INELIGIBILITY_CONFIRMED, CONFIRMED.equals(answer));
    }
}
