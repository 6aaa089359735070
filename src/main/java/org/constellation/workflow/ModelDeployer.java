package org.constellation.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ (BPMN, DMN) and forms/ (Camunda Forms) as one deployment with names that do not depend on how the
 * application runs (jar, IDE, tests): the starter's own deployment would name them after absolute paths and create
 * spurious versions, and it skips .form files altogether. One deployment is what
 * {@code camunda:formRefBinding="deployment"} needs.
 */
@Component
public class ModelDeployer extends AbstractProcessEnginePlugin {

    public static final String DEPLOYMENT_NAME = "constellation";
    static final String[] FOLDERS = {"processes", "forms"};

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService()
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                // false: when anything changed, redeploy everything so that processes and their forms stay one version.
                .enableDuplicateFiltering(false);
        for (String folder : FOLDERS) {
            for (Resource resource : modelResources(folder)) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(
                            folder + "/" + resource.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read model " + resource, e);
                }
            }
        }
        deployment.deploy();
    }

    static Resource[] modelResources(String folder) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.*");
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
