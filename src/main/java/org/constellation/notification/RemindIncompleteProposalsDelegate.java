package org.constellation.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Task_RemindIncompleteProposals of the call process: before the deadline, every holder still owing the information
 * they were asked for gets a reminder, through the outbox, once per call instance.
 */
@Component("remindIncompleteProposals")
public class RemindIncompleteProposalsDelegate implements JavaDelegate {

  private final ProposalRepository proposals;
  private final Outbox outbox;

  public RemindIncompleteProposalsDelegate(ProposalRepository proposals, Outbox outbox) {
    this.proposals = proposals;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long callId = ((Number) execution.getVariable(ProcessVariables.CALL_ID)).longValue();
    for (Proposal proposal : proposals.findByCallIdAndStatusOrderById(callId, ProposalStatus.INFORMATION_REQUESTED)) {
      outbox.queue(MailTemplate.DEADLINE_REMINDER, proposal, null,
          MailTemplate.DEADLINE_REMINDER.templateName() + ":" + proposal.getId() + ":" + execution.getProcessInstanceId());
    }
  }
}
