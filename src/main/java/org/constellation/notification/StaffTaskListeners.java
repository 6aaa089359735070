package org.constellation.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.constellation.workflow.ModelAddition;
import org.constellation.workflow.ParsedProcess;
import org.springframework.stereotype.Component;

/**
 * Adds {@link StaffTaskNotificationListener} to every user task of every process, after the task's own listeners (so
 * that a reviewer proposed by the model's create listener is told): no model can forget it. The bean is resolved when
 * the task runs, as ${staffTaskNotifications}, so the engine does not depend on it to start. Custom (ADR 17): a task
 * Cockpit creates without custom listeners tells nobody.
 */
@Component
public class StaffTaskListeners implements ModelAddition {

    @Override
    public Kind kind() {
        return Kind.STAFF_NOTIFICATIONS;
    }

    @Override
    public void addTo(ParsedProcess process) {
        for (ParsedProcess.UserTask task : process.userTasks()) {
            TaskListener listener = new DelegateExpressionTaskListener(
                    ParsedProcess.expression("${staffTaskNotifications}"), List.of());
            process.onTask(task, TaskListener.EVENTNAME_CREATE, null, listener);
            process.onTask(task, TaskListener.EVENTNAME_ASSIGNMENT, null, listener);
        }
    }
}
