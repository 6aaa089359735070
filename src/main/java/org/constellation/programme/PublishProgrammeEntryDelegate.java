package org.constellation.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * "Inscrire au programme à publier": the entry joins the draft of the next release (idempotent, so a retried job is
 * harmless).
 */
@Component("publishProgrammeEntry")
public class PublishProgrammeEntryDelegate implements JavaDelegate {

    private final ProgrammeEntries entries;

    public PublishProgrammeEntryDelegate(ProgrammeEntries entries) {
        this.entries = entries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        entries.publish((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID));
    }
}
