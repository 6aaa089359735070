package org.constellation.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Stands for the mail delegate in process tests: records which template each mail task asked for, or fails. */
public class RecordingMailDelegate implements JavaDelegate {

    public final List<String> templates = new ArrayList<>();
    public final List<Object> recipients = new ArrayList<>();
    public boolean smtpDown;

    @Override
    public void execute(DelegateExecution execution) {
        if (smtpDown) {
            throw new IllegalStateException("SMTP server unreachable");
        }
        templates.add((String) execution.getVariableLocal(ProcessVariables.MAIL_TEMPLATE));
        Object recipient = execution.getVariableLocal("mailRecipientId");
        recipients.add(recipient != null ? recipient : execution.getVariable(ProcessVariables.PROPOSAL_ID));
    }
}
