package org.constellation.selection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/** On completing « Traiter une note manquante »: the seat ends without score; replaced, it draws another expert. */
@Component("recordMissingScoreDecision")
public class RecordMissingScoreDecisionListener implements TaskListener {

    static final ModelKey DECISION = ModelKey.field("missingScoreDecision", String.class);
    static final String REPLACE = "REPLACE";

    private final ExpertAssignments assignments;

    public RecordMissingScoreDecisionListener(ExpertAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput(task);
        String decision = input.text(DECISION.name());
        if (decision == null) {
            throw TaskInput.rejected("Choisissez : un autre expert, ou continuer sans cette note.");
        }
        assignments.missed(
                (Long) task.getVariable(ExpertAssignments.ASSIGNMENT_ID), input.actor(), REPLACE.equals(decision));
    }
}
