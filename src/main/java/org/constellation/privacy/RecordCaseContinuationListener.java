package org.constellation.privacy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/** On completing « Statuer sur un dossier ouvert trop longtemps »: the coordinator's reason, kept with the case. */
@Component("recordCaseContinuation")
public class RecordCaseContinuationListener implements TaskListener {

    static final ModelKey REASON = ModelKey.field(ProcessVariables.CONTINUATION_REASON, String.class);

    private final CaseRetention retention;

    public RecordCaseContinuationListener(CaseRetention retention) {
        this.retention = retention;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput(task);
        String reason = input.text(REASON.name());
        retention.carryOn((Long) task.getVariable(ProcessVariables.PROPOSAL_ID), reason, input.actor());
    }
}
