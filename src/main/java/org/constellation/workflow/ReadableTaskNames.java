package org.constellation.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Every user task of every process is named, when created, with what it is about ({@link TaskNames}), and holds its
 * priority in words as a variable of its own, which Tasklist's lists show: a candidate group reads its tasks' own
 * variables, not their process's. Built in (ADR 17): a task Cockpit creates without custom listeners is named too.
 */
@Component
public class ReadableTaskNames implements ModelAddition {

    @Override
    public Kind kind() {
        return Kind.TASK_NAME;
    }

    @Override
    public void addTo(ParsedProcess process) {
        for (ParsedProcess.UserTask task : process.userTasks()) {
            process.onTask(task, TaskListener.EVENTNAME_CREATE, null, ReadableTaskNames::name);
        }
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
