package org.constellation.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** "Publier dans le calendrier": the entry enters the season's feed (idempotent, so a retried job is harmless). */
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
