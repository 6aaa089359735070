package org.constellation.selection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * On completing « Déclarer ses liens d'intérêts »: « aucun conflit », or the conflict and the expert's withdrawal
 * (déport), time-stamped on the seat; a conflict other than the listed ones needs its word.
 */
@Component("recordInterestsDeclaration")
public class RecordInterestsDeclarationListener implements TaskListener {

    static final ModelKey CONFLICT_KIND = ModelKey.field("conflictKind", String.class);
    static final ModelKey CONFLICT_DETAIL = ModelKey.field("conflictDetail", String.class);

    private final ExpertAssignments assignments;

    public RecordInterestsDeclarationListener(ExpertAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput(task);
        String kind = input.text(CONFLICT_KIND.name());
        if (kind == null) {
            throw TaskInput.rejected("Déclarez « aucun conflit » ou la nature de votre lien avec le porteur.");
        }
        ConflictKind conflict = ConflictKind.valueOf(kind);
        String detail = input.text(CONFLICT_DETAIL.name());
        if (conflict == ConflictKind.OTHER && detail == null) {
            throw TaskInput.rejected("Dites en quelques mots la nature de votre lien avec le porteur.");
        }
        assignments.declare((Long) task.getVariable(ExpertAssignments.ASSIGNMENT_ID), conflict, detail);
    }
}
