package org.constellation.proposal;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Start listener of proposal-lifecycle. When staff start a proposal from Tasklist's start form, the form's values arrive
 * as variables: store them as a proposal, then keep only ids and non-personal facts in the process. A proposal started
 * by {@link ProposalService#submit} already carries its id, and passes through untouched.
 */
@Component("registerSubmittedProposal")
public class RegisterSubmittedProposalListener implements ExecutionListener {

  private final ProposalService proposals;

  public RegisterSubmittedProposalListener(ProposalService proposals) {
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.hasVariable(ProcessVariables.PROPOSAL_ID)) {
      return;
    }
    ProposalSubmission submission = ProposalSubmission.fromFormValues(execution.getVariables());
    // Staff use Tasklist in French; a rejection rolls the start back and Tasklist shows this message.
    Proposal proposal = proposals.register(submission, Locale.FRENCH);
    proposal.setProcessInstanceId(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(proposal.getReference());
    ProposalSubmission.FIELDS.forEach(execution::removeVariable);
    execution.setVariables(proposals.processFacts(proposal));
  }
}
