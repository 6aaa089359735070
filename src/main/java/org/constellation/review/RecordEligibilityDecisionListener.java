package org.constellation.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/** On completing "Vérifier l'éligibilité": checks and stores the decision the gateway will route on. */
@Component("recordEligibilityDecision")
public class RecordEligibilityDecisionListener implements TaskListener {

  static final int REASON_LENGTH = 4000;

  private final EligibilityDecisionRepository decisions;
  private final Clock clock;

  public RecordEligibilityDecisionListener(EligibilityDecisionRepository decisions, Clock clock) {
    this.decisions = decisions;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    EligibilityOutcome outcome = outcome(input.text("eligibilityDecision", "Décision", 20, true));
    String missing = input.text("missingInformation", "Informations à demander", REASON_LENGTH,
        outcome == EligibilityOutcome.INCOMPLETE);
    String reasons = input.text("eligibilityReasons", "Critères non remplis", REASON_LENGTH,
        outcome == EligibilityOutcome.INELIGIBLE);
    Long proposalId = (Long) task.getVariable(ProcessVariables.PROPOSAL_ID);
    decisions.save(new EligibilityDecision(proposalId, outcome,
        outcome == EligibilityOutcome.INELIGIBLE ? reasons : null,
        outcome == EligibilityOutcome.INCOMPLETE ? missing : null,
        input.actor(), OffsetDateTime.now(clock)));
    task.getExecution().setVariable("eligibilityDecision", outcome.name());
  }

  private static EligibilityOutcome outcome(String value) {
    try {
      return EligibilityOutcome.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw TaskInput.rejected("Décision : choisissez éligible, incomplète ou non éligible.");
    }
  }
}
