package org.constellation.programme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/** On completing « Préparer la fiche programme »: the form read by {@link EntryForm}, stored as the entry's draft. */
@Component("recordProgrammeEntry")
public class RecordProgrammeEntryListener implements TaskListener {

    private final ProgrammeEntries entries;

    public RecordProgrammeEntryListener(ProgrammeEntries entries) {
        this.entries = entries;
    }

    @Override
    public void notify(DelegateTask task) {
        entries.edit((Long) task.getVariable(ProcessVariables.PROPOSAL_ID), EntryForm.read(new TaskInput(task)));
    }
}
