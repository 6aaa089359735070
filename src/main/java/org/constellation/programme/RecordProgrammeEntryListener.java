package org.constellation.programme;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/** On completing "Préparer la fiche programme": checks and stores the public entry, still as a draft. */
@Component("recordProgrammeEntry")
public class RecordProgrammeEntryListener implements TaskListener {

  private final ProgrammeEntries entries;

  public RecordProgrammeEntryListener(ProgrammeEntries entries) {
    this.entries = entries;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    OffsetDateTime startsAt = input.dateTime("entryStartsAt", "Début");
    OffsetDateTime endsAt = input.dateTime("entryEndsAt", "Fin");
    if (!endsAt.isAfter(startsAt)) {
      throw TaskInput.rejected("Fin : l'événement doit finir après son début.");
    }
    String place = input.text("entryPlace", "Lieu", 300, true);
    String description = input.text("entryDescription", "Description publique", 4000, true);
    entries.edit((Long) task.getVariable(ProcessVariables.PROPOSAL_ID), description, startsAt, endsAt, place);
  }
}
