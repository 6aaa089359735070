package org.constellation.renewal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Before each eligibility check of a renewed proposal: the form shows what happened to it last season. */
@Component("describePreviousSeason")
public class DescribePreviousSeasonListener implements ExecutionListener {

    static final String VARIABLE = "renewedFrom";

    private final PreviousSeason previousSeason;

    public DescribePreviousSeasonListener(PreviousSeason previousSeason) {
        this.previousSeason = previousSeason;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String history = previousSeason.describe((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID));
        if (history != null) {
            execution.setVariable(VARIABLE, history);
        }
    }
}
