package org.constellation.proposal;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the proposal's status in step with the process, from execution listeners in the BPMN:
 * {@code ${proposalPhase.enter(execution, 'ACCOMPANIMENT')}}.
 */
@Component("proposalPhase")
public class ProposalPhase {

  private final ProposalRepository proposals;
  private final Clock clock;

  public ProposalPhase(ProposalRepository proposals, Clock clock) {
    this.proposals = proposals;
    this.clock = clock;
  }

  @Transactional
  public void enter(DelegateExecution execution, String status) {
    Long proposalId = (Long) execution.getVariable(ProcessVariables.PROPOSAL_ID);
    proposals.findById(proposalId).orElseThrow().moveTo(ProposalStatus.valueOf(status), clock);
  }
}
