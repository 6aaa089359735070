package org.constellation.call;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the call's status in step with call-lifecycle: {@code ${callPhase.enter(execution, 'FORUM_HELD')}}, attached
 * where {@link CallPhases} says each status begins (and written in the model of version 2).
 */
@Component(CallPhase.BEAN)
public class CallPhase {

    static final String BEAN = "callPhase";

    private final CallRepository calls;

    public CallPhase(CallRepository calls) {
        this.calls = calls;
    }

    @Transactional
    public void enter(DelegateExecution execution, String status) {
        calls.findById((Long) execution.getVariable(ProcessVariables.CALL_ID))
                .orElseThrow()
                .setStatus(CallStatus.valueOf(status));
    }
}
