package org.constellation.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** "Annuler l'entrée du calendrier": a withdrawn proposal's event shows as cancelled in the feed. */
@Component("cancelProgrammeEntry")
public class CancelProgrammeEntryDelegate implements JavaDelegate {

    private final ProgrammeEntries entries;

    public CancelProgrammeEntryDelegate(ProgrammeEntries entries) {
        this.entries = entries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        entries.cancel((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID));
    }
}
