package org.constellation.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every user task of every process is named, when created, with what it is about ({@link TaskNames}), and holds its
 * priority in words as a variable of its own, which Tasklist's lists show: a candidate group reads its tasks' own
 * variables, not their process's.
 */
@Component
public class ReadableTaskNamesPlugin extends AbstractProcessEnginePlugin {

    static final TaskListener NAME_IT = ReadableTaskNamesPlugin::name;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, NAME_IT);
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    static void name(DelegateTask task) {
        task.setVariableLocal(PriorityWords.VARIABLE.name(), PriorityWords.of(task.getPriority()));
        task.setName(TaskNames.readable(
                task.getName(),
                (String) task.getVariable(ProcessVariables.PROPOSAL_REFERENCE),
                (String) task.getVariable(ProcessVariables.PROPOSAL_TITLE),
                (String) task.getVariable(ProcessVariables.CALL_TITLE)));
    }
}
