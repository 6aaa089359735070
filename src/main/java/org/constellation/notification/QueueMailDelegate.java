package org.constellation.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The one mail delegate of the proposal processes. Each mail task names its template in the input parameter
 * {@code mailTemplate}; {@code mailRecipientId} and {@code mailPartnerId} (partner introductions) choose whom it is
 * sent to and about, by default the process's own proposal. It puts the mail in the outbox, in the step's transaction;
 * the mail-delivery process sends it. The step's activity instance makes the mail's occurrence.
 */
@Component("queueMail")
public class QueueMailDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final Outbox outbox;

    public QueueMailDelegate(Proposals proposals, Outbox outbox) {
        this.proposals = proposals;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MailTemplate template = MailTemplate.named((String) execution.getVariableLocal(ProcessVariables.MAIL_TEMPLATE));
        Proposal recipient = proposal(
                execution.getVariableLocal("mailRecipientId") != null
                        ? execution.getVariableLocal("mailRecipientId")
                        : execution.getVariable(ProcessVariables.PROPOSAL_ID));
        Object partnerId = execution.getVariableLocal("mailPartnerId");
        Proposal partner = partnerId == null ? null : proposal(partnerId);
        outbox.queue(
                template,
                recipient,
                partner,
                template.templateName() + ":" + recipient.getId() + ":" + execution.getProcessInstanceId() + ":"
                        + execution.getActivityInstanceId());
    }

    private Proposal proposal(Object id) {
        return proposals.get(((Number) id).longValue());
    }
}
