package org.constellation.forum;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * "Informer les propositions en cours": wakes every proposal of the call waiting for the forum, as a Camunda batch (50
 * proposals per job, BatchSizePlugin) that Cockpit and the forum page follow: one job correlating a national call's
 * 10,000 proposals would hold its transaction and lock for minutes. The step marks the call's forum held as it starts,
 * in the same transaction (call.CallPhases): proposals that reach that point later see the status and do not wait.
 */
@Component("announceForumHeld")
public class AnnounceForumHeldDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Long callId = (Long) execution.getVariable(ProcessVariables.CALL_ID);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        if (waitingFor(runtime, callId).count() > 0) {
            Batch batch = runtime.createMessageCorrelationAsync(ProcessVariables.MESSAGE_FORUM_HELD)
                    .processInstanceQuery(waitingFor(runtime, callId))
                    .correlateAllAsync();
            execution.setVariable(ProcessVariables.FORUM_BATCH_ID, batch.getId());
        }
    }

    /** The call's proposals waiting at « Forum des projets tenu ». */
    public static ProcessInstanceQuery waitingFor(RuntimeService runtime, Long callId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                .variableValueEquals(ProcessVariables.CALL_ID, callId)
                .activityIdIn(ProcessVariables.EVENT_FORUM_HELD);
    }
}
