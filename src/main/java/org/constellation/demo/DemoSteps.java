package org.constellation.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.constellation.proposal.Proposal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Moves demo cases on as the team would: tasks claimed and completed, then the jobs they leave run at once. */
@Component
@ConditionalOnProperty(name = "constellation.demo.enabled", havingValue = "true")
class DemoSteps {

    private final TaskService tasks;
    private final ManagementService management;

    DemoSteps(TaskService tasks, ManagementService management) {
        this.tasks = tasks;
        this.management = management;
    }

    void decide(Proposal proposal, Map<String, Object> decision) {
        complete(proposal, "Task_CheckEligibility", decision);
    }

    /**
     * A reviewer's decision with a verdict on every mandatory criterion: all met but {@code failing}. Where the rules
     * could not tell (no date for an intention...), the reviewer says what they checked.
     */
    static Map<String, Object> verdicts(String decision, String failing, Object... more) {
        Map<String, Object> values = new HashMap<>(Map.of("eligibilityDecision", decision));
        for (String criterion : List.of("dates", "territory", "themes", "public")) {
            values.put(criterion + "Verdict", criterion.equals(failing) ? "FAIL" : "PASS");
            values.put(criterion + "Reason", "Vérifié avec le porteur au téléphone.");
        }
        for (int i = 0; i < more.length; i += 2) {
            values.put((String) more[i], more[i + 1]);
        }
        return values;
    }

    void complete(Proposal proposal, String taskKey, Map<String, Object> variables) {
        complete(proposal, taskKey, variables, "reviewer1");
    }

    void complete(Proposal proposal, String taskKey, Map<String, Object> variables, String claimant) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), claimant);
        }
        tasks.complete(task.getId(), variables);
        settle(proposal.getProcessInstanceId());
    }

    /**
     * Runs the instance's due jobs (mails) so that it reaches its next wait state now. The job executor may take a job
     * first; then this one fails on the lock and simply looks again.
     */
    void settle(String processInstanceId) {
        for (int attempt = 0; attempt < 200; attempt++) {
            List<Job> due = management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .executable()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            try {
                management.executeJob(due.get(0).getId());
            } catch (ProcessEngineException lostRace) {
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
