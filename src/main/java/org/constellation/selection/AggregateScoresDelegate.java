package org.constellation.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_AggregateScores: every seat is scored or closed; the call's decision tables read the scores. */
@Component("aggregateScores")
public class AggregateScoresDelegate implements JavaDelegate {

    private final Aggregation aggregation;
    private final Proposals proposals;

    public AggregateScoresDelegate(Aggregation aggregation, Proposals proposals) {
        this.aggregation = aggregation;
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        aggregation.aggregate(
                proposals.get((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID)),
                execution
                        .getProcessEngineServices()
                        .getRepositoryService()
                        .getProcessDefinition(execution.getProcessDefinitionId())
                        .getDeploymentId());
    }
}
