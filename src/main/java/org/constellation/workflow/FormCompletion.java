package org.constellation.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every completion of a user task, from Tasklist, the REST API or Java, is checked against the Camunda Form its
 * process version was deployed with ({@link FormRules}), before the task's own listeners read the values: the one
 * place where what a form asks is enforced. A refusal rolls the completion back and Tasklist shows its message.
 */
@Component
public class FormCompletion extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPreBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPreBPMNParseListeners());
        }
        listeners.add(new FormChecks());
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    static class FormChecks extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element task, ScopeImpl scope, ActivityImpl activity) {
            String form = task.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            if (form != null
                    && "deployment".equals(task.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding"))) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new Check(form));
            }
        }
    }

    record Check(String form) implements TaskListener {

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
