package org.constellation.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * A decision table as deployed with a process version: rules that change reach only the proposals started on the new
 * version, and a call names which table of that deployment it applies.
 */
public final class DeployedDecisions {

    private DeployedDecisions() {}

    public static DecisionDefinition find(RepositoryService repository, String deploymentId, String key) {
        DecisionDefinition definition = repository
                .createDecisionDefinitionQuery()
                .deploymentId(deploymentId)
                .decisionDefinitionKey(key)
                .singleResult();
        if (definition == null) {
            throw new IllegalStateException("No decision '" + key + "' in the deployment of this process version");
        }
        return definition;
    }
}
