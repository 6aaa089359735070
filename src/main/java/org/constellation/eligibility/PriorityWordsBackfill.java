package org.constellation.eligibility;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.constellation.workflow.PriorityWords;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasks created before they held their priority in words (issue 28) get it at start, so that every task of Tasklist's
 * lists shows « priorité haute » beside its number; once done, a start only counts.
 */
@Component
@Order(3)
class PriorityWordsBackfill implements ApplicationRunner {

    private final TaskService tasks;
    private final RuntimeService runtime;

    PriorityWordsBackfill(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runtime.createVariableInstanceQuery()
                        .variableName(PriorityWords.VARIABLE.name())
                        .count()
                >= tasks.createTaskQuery().count()) {
            return;
        }
        Set<String> worded =
                runtime.createVariableInstanceQuery().variableName(PriorityWords.VARIABLE.name()).list().stream()
                        .map(VariableInstance::getTaskId)
                        .collect(Collectors.toSet());
        tasks.createTaskQuery().list().stream()
                .filter(task -> !worded.contains(task.getId()))
                .forEach(this::word);
    }

    private void word(Task task) {
        try {
            tasks.setVariableLocal(task.getId(), PriorityWords.VARIABLE.name(), PriorityWords.of(task.getPriority()));
        } catch (ProcessEngineException anotherNodeOrDone) {
            // Another node starting at the same moment did it (a lock, or the variable's unique key), or the task was
            // done
            // meanwhile: nothing left to do.
        }
    }
}
