package org.constellation.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_MoveUpWaitingList: a selected proposal withdrew; the first one waiting, by rank, takes its place. */
@Component("moveUpWaitingList")
public class MoveUpWaitingListDelegate implements JavaDelegate {

    private final Committee committee;

    public MoveUpWaitingListDelegate(Committee committee) {
        this.committee = committee;
    }

    @Override
    public void execute(DelegateExecution execution) {
        committee.moveUpAfter((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID));
    }
}
