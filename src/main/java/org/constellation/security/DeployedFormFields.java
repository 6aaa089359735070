package org.constellation.security;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.constellation.workflow.CamundaForm;
import org.constellation.workflow.DeployedForms;

/** The field keys of a Camunda Form as it was deployed with a process version, read inside an engine command. */
final class DeployedFormFields {

    private DeployedFormFields() {}

    static Set<String> of(ProcessDefinitionEntity definition, Expression formRef, CommandContext context) {
        String deployment = definition.getDeploymentId();
        String formId = formRef.getExpressionText();
        CamundaForm form = DeployedForms.of(deployment, formId, () -> {
            ResourceEntity resource = context.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(deployment, DeployedForms.resource(formId));
            return resource == null ? null : new ByteArrayInputStream(resource.getBytes());
        });
        return form.inputs().stream().map(CamundaForm.Component::key).collect(Collectors.toSet());
    }
}
