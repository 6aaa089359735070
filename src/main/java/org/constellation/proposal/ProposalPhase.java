package org.constellation.proposal;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the proposal's status in step with the process: {@code ${proposalPhase.enter(execution, 'ACCOMPANIMENT')}},
 * attached where {@link ProposalPhases} says each status begins (and written in the models of versions up to 3).
 */
@Component(ProposalPhase.BEAN)
public class ProposalPhase {

    static final String BEAN = "proposalPhase";

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
