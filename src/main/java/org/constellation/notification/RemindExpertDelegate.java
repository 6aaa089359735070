package org.constellation.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.constellation.selection.AssignExpertDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindExpert: the seat's score is due; its expert gets the overdue task's mail, once. */
@Component("remindExpert")
public class RemindExpertDelegate implements JavaDelegate {

    static final String SCORE_TASK = "Task_ScoreProposal";

    private final StaffReminders reminders;

    public RemindExpertDelegate(StaffReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task task = execution
                .getProcessEngineServices()
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(SCORE_TASK)
                .taskAssignee((String) execution.getVariable(AssignExpertDelegate.EXPERT_ID))
                .singleResult();
        if (task != null) {
            reminders.remindAssignee(task);
        }
    }
}
