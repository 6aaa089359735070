package org.constellation.renewal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Before each eligibility check of a renewed proposal: the form shows what happened to it last season. */
@Component("describePreviousSeason")
public class DescribePreviousSeasonListener implements ExecutionListener {

    static final ModelKey VARIABLE = ModelKey.shown("renewedFrom", String.class);

    private final PreviousSeason previousSeason;

    public DescribePreviousSeasonListener(PreviousSeason previousSeason) {
        this.previousSeason = previousSeason;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String history = previousSeason.describe((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID));
        if (history != null) {
            execution.setVariable(VARIABLE.name(), history);
        }
    }
}
