package org.constellation.selection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.call.Call;
import org.constellation.call.Calls;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/** On completing « Noter la proposition »: the scores checked against the call's grid ({@link Grid}) and kept. */
@Component("recordExpertScores")
public class RecordExpertScoresListener implements TaskListener {

    private final ExpertAssignments assignments;
    private final Calls calls;

    public RecordExpertScoresListener(ExpertAssignments assignments, Calls calls) {
        this.assignments = assignments;
        this.calls = calls;
    }

    @Override
    public void notify(DelegateTask task) {
        Call call = calls.get((Long) task.getVariable(ProcessVariables.CALL_ID));
        Grid grid = Grid.of(call.getJury(), call.getJuryCriteria());
        assignments.score((Long) task.getVariable(ExpertAssignments.ASSIGNMENT_ID), grid.read(new TaskInput(task)));
    }
}
