package org.constellation.workflow;

import org.camunda.bpm.engine.RepositoryService;

/** For tests that run one version of a model, an older one kept under src/test/resources/legacy or the current one. */
public final class ModelVersions {

    private ModelVersions() {}

    /** Deploys the model alone; returns its process definition's id. */
    public static String deploy(RepositoryService repository, String resource) {
        return repository
                .createDeployment()
                .addClasspathResource(resource)
                .deployWithResult()
                .getDeployedProcessDefinitions()
                .get(0)
                .getId();
    }

    /** Removes every deployment and its instances, so that the next test deploys its version afresh. */
    public static void undeployAll(RepositoryService repository) {
        repository
                .createDeploymentQuery()
                .list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }
}
