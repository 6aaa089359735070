package org.constellation.forum;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.call.CallRepository;
import org.constellation.call.CallStatus;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * "Informer les propositions en cours": marks the forum held and wakes every proposal of the call waiting for it.
 * Proposals that reach that point later see the call's status and do not wait.
 */
@Component("announceForumHeld")
public class AnnounceForumHeldDelegate implements JavaDelegate {

  private final CallRepository calls;

  public AnnounceForumHeldDelegate(CallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long callId = (Long) execution.getVariable(ProcessVariables.CALL_ID);
    calls.findById(callId).orElseThrow().setStatus(CallStatus.FORUM_HELD);
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(ProcessVariables.MESSAGE_FORUM_HELD)
        .processInstanceVariableEquals(ProcessVariables.CALL_ID, callId)
        .correlateAllWithResult();
  }
}
