package org.constellation.notification;

import java.util.Date;
import java.util.Map;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskNames;
import org.constellation.workflow.WrittenDates;

/** A task as staff mails list it: its name, the proposal and call it is about, who has it and when it is due. */
record StaffTaskSummary(String name, String reference, String title, String callTitle, String assignee, String due) {

    /** From the task and the non-personal facts its process carries (proposalReference, proposalTitle, callTitle). */
    static StaffTaskSummary of(String name, String assignee, Date due, Map<String, Object> facts) {
        // The mail names the proposal apart: the task's step alone, not its readable name.
        return new StaffTaskSummary(
                TaskNames.step(name),
                (String) facts.get(ProcessVariables.PROPOSAL_REFERENCE),
                (String) facts.get(ProcessVariables.PROPOSAL_TITLE),
                (String) facts.get(ProcessVariables.CALL_TITLE),
                assignee,
                due == null
                        ? null
                        : WrittenDates.SHORT_DAY.format(due.toInstant().atZone(ParisTime.ZONE)));
    }
}
