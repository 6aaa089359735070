package org.constellation.workflow;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.springframework.stereotype.Component;

/**
 * Every completion of a user task, from Tasklist, the REST API or Java, is checked against the Camunda Form its process
 * version was deployed with ({@link FormRules}), before the task's own listeners read the values: the one place where
 * what a form asks is enforced. A refusal rolls the completion back and Tasklist shows its message. Built in, as all
 * bookkeeping is (ADR 17).
 */
@Component
public class FormCompletion implements ModelAddition {

    @Override
    public Kind kind() {
        return Kind.FORM_CHECK;
    }

    @Override
    public void addTo(ParsedProcess process) {
        for (ParsedProcess.UserTask task : process.userTasks()) {
            String form = task.element().attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            String binding = task.element().attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding");
            if (form != null && "deployment".equals(binding)) {
                process.onTask(task, TaskListener.EVENTNAME_COMPLETE, form, new CheckListener(form));
            }
        }
    }

    record CheckListener(String form) implements TaskListener {

        @Override
        public void notify(DelegateTask task) {
            RepositoryService repository = task.getProcessEngineServices().getRepositoryService();
            String deployment = repository
                    .getProcessDefinition(task.getProcessDefinitionId())
                    .getDeploymentId();
            CamundaForm deployed = DeployedForms.of(
                    deployment, form, () -> repository.getResourceAsStream(deployment, DeployedForms.resource(form)));
            List<String> problems = FormRules.problems(deployed, task::getVariable);
            if (!problems.isEmpty()) {
                throw TaskInput.rejected(String.join(" ", problems));
            }
        }
    }
}
