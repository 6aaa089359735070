package org.constellation.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds {@link StaffTaskNotifications} to every user task of every process when it is deployed, after the task's own
 * listeners (so that a reviewer proposed by the model's create listener is told): no model can forget it. The bean is
 * resolved when the task runs, as ${staffTaskNotifications}, so the engine does not depend on it to start.
 */
@Component
public class StaffTaskListenerPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition =
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                TaskListener listener = new DelegateExpressionTaskListener(
                        Context.getProcessEngineConfiguration()
                                .getExpressionManager()
                                .createExpression("${staffTaskNotifications}"),
                        List.of());
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
