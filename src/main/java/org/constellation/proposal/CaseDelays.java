package org.constellation.proposal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.constellation.call.CallSchedule;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WaitingTimers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's delays changed: the cases already waiting follow them, counted from when their wait began, as if the new
 * delay had been the call's all along. An applicant asked for information gets their reminder and their closing on the
 * new delays (at once when already past); an open eligibility check is due on the new delay from its creation.
 */
@Service
public class CaseDelays {

    /** The call's fields of per-case delays. */
    static final String INFORMATION_REMINDER = "informationReminderDays";

    static final String INFORMATION_CLOSING = "informationClosingDays";
    static final String ELIGIBILITY_CHECK = "eligibilityCheckDays";

    /** How many waiting cases a change of delays moved, and how many open checks got a new due date. */
    public record Followed(int waitingAnswers, int openChecks) {}

    private final ProposalRepository proposals;
    private final WaitingTimers waitingTimers;
    private final TaskService tasks;
    private final CallSchedule schedule;

    public CaseDelays(
            ProposalRepository proposals, WaitingTimers waitingTimers, TaskService tasks, CallSchedule schedule) {
        this.proposals = proposals;
        this.waitingTimers = waitingTimers;
        this.tasks = tasks;
        this.schedule = schedule;
    }

    @Transactional
    public Followed follow(Long callId, Set<String> changedFields) {
        List<String> timers = new ArrayList<>();
        if (changedFields.contains(INFORMATION_REMINDER)) {
            timers.add(ProcessVariables.TIMER_ANSWER_REMINDER);
        }
        if (changedFields.contains(INFORMATION_CLOSING)) {
            timers.add(ProcessVariables.TIMER_ANSWER_OVERDUE);
        }
        Set<String> waiting = new HashSet<>();
        if (!timers.isEmpty()) {
            waitingTimers
                    .recalculate(proposals.findProcessInstanceIdsByCallId(callId), timers, true)
                    .forEach(timer -> waiting.add(timer.processInstanceId()));
        }
        int checks = 0;
        if (changedFields.contains(ELIGIBILITY_CHECK)) {
            for (Task check : tasks.createTaskQuery()
                    .taskDefinitionKey(ProcessVariables.TASK_CHECK_ELIGIBILITY)
                    .processVariableValueEquals(ProcessVariables.CALL_ID, callId)
                    .list()) {
                check.setDueDate(schedule.eligibilityCheckDue(callId, check.getCreateTime()));
                tasks.saveTask(check);
                checks++;
            }
        }
        return new Followed(waiting.size(), checks);
    }
}
