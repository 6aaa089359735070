package org.constellation.notification;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The call process's mail delegate: the template named in the task's {@code mailTemplate} input goes, through the
 * outbox, to every holder of the call it concerns, once per call instance and step. The deadline reminder concerns
 * holders still owing information; forum mails, the eligible holders and contributors whose proposal goes on.
 */
@Component("mailCallHolders")
public class MailCallHoldersDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final Outbox outbox;

    public MailCallHoldersDelegate(Proposals proposals, Outbox outbox) {
        this.proposals = proposals;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MailTemplate template = MailTemplate.named((String) execution.getVariableLocal(ProcessVariables.MAIL_TEMPLATE));
        Set<ProposalStatus> concerned = concerned(template);
        Long callId = ((Number) execution.getVariable(ProcessVariables.CALL_ID)).longValue();
        for (Proposal proposal : proposals.ofCall(callId)) {
            if (concerned.contains(proposal.getStatus()) && !proposal.isErased()) {
                outbox.queue(
                        template,
                        proposal,
                        null,
                        template.templateName() + ":" + proposal.getId() + ":" + execution.getProcessInstanceId() + ":"
                                + execution.getCurrentActivityId());
            }
        }
    }

    static Set<ProposalStatus> concerned(MailTemplate template) {
        return switch (template) {
            case DEADLINE_REMINDER -> EnumSet.of(ProposalStatus.INFORMATION_REQUESTED);
            case FORUM_INVITATION, FORUM_REMINDER -> ProposalStatus.PASSED_ELIGIBILITY;
            default ->
                throw new IllegalArgumentException(
                        "The mail '" + template.templateName() + "' is not for the holders of a call");
        };
    }
}
