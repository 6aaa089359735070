package org.constellation.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Task_AssignExpert: draws the seat's expert and keeps them on the seat (variables local to the seat's instance:
 * {@code expertId}, {@code assignmentId}), for its tasks' assignee and the replacement that reaches this seat only.
 */
@Component("assignExpert")
public class AssignExpertDelegate implements JavaDelegate {

    public static final String EXPERT_ID = ProcessVariables.EXPERT_ID;
    private static final String LOOP_COUNTER = "loopCounter";

    private final ExpertAssignments assignments;

    public AssignExpertDelegate(ExpertAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer seat = (Integer) execution.getVariable(LOOP_COUNTER);
        ExpertAssignment drawn = assignments.draw(
                (Long) execution.getVariable(ProcessVariables.PROPOSAL_ID), seat == null ? 1 : seat + 1);
        execution.setVariableLocal(EXPERT_ID, drawn.getExpertId());
        execution.setVariableLocal(ExpertAssignments.ASSIGNMENT_ID, drawn.getId());
    }
}
