package org.constellation.review;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.constellation.workflow.PriorityWords;
import org.constellation.workflow.ProcessVariables;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Cases assessed before the priority had its words (issue 28) get them at start, so that every task of Tasklist's
 * lists shows « priorité haute » beside its number; once done, a start only counts.
 */
@Component
@Order(3)
class PriorityWordsBackfill implements ApplicationRunner {

  private final RuntimeService runtime;

  PriorityWordsBackfill(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void run(ApplicationArguments args) {
    long priorities = runtime.createVariableInstanceQuery().variableName(ProcessVariables.PROPOSAL_PRIORITY).count();
    if (runtime.createVariableInstanceQuery().variableName(PriorityWords.VARIABLE).count() >= priorities) {
      return;
    }
    Set<String> worded = runtime.createVariableInstanceQuery().variableName(PriorityWords.VARIABLE).list().stream()
        .map(VariableInstance::getExecutionId).collect(Collectors.toSet());
    runtime.createVariableInstanceQuery().variableName(ProcessVariables.PROPOSAL_PRIORITY).list().stream()
        .filter(priority -> !worded.contains(priority.getExecutionId()) && priority.getValue() instanceof Integer)
        .forEach(this::word);
  }

  private void word(VariableInstance priority) {
    try {
      runtime.setVariable(priority.getExecutionId(), PriorityWords.VARIABLE,
          PriorityWords.of((Integer) priority.getValue()));
    } catch (OptimisticLockingException | NullValueException anotherNodeOrGone) {
      // Another node starting at the same moment did it, or the case moved on meanwhile: nothing left to do.
    }
  }
}
