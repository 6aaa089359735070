package org.constellation.notification;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.constellation.workflow.ParisTime;

/** A task as staff mails list it: its name, the proposal and call it is about, who has it and when it is due. */
record StaffTaskSummary(String name, String reference, String title, String callTitle, String assignee, String due) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ParisTime.ZONE);

  /** From the task and the non-personal facts its process carries (proposalReference, proposalTitle, callTitle). */
  static StaffTaskSummary of(String name, String assignee, Date due, Map<String, Object> facts) {
    return new StaffTaskSummary(name, (String) facts.get("proposalReference"), (String) facts.get("proposalTitle"),
        (String) facts.get("callTitle"), assignee, due == null ? null : DAY.format(due.toInstant()));
  }
}
