package org.constellation.forum;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * On completing "Organiser le forum des projets": the forum's date and place, after the call's deadline, and the
 * frame of its one-to-one meetings (tables, slot length, number of slots).
 */
@Component("recordForumArrangements")
public class RecordForumArrangementsListener implements TaskListener {

    private final CallRepository calls;

    public RecordForumArrangementsListener(CallRepository calls) {
        this.calls = calls;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput(task);
        OffsetDateTime forumAt = input.dateTime("forumAt", "Date du forum");
        String place = input.text("forumPlace");
        Call call = calls.findById((Long) task.getVariable(ProcessVariables.CALL_ID))
                .orElseThrow();
        if (forumAt.isBefore(call.getDeadline())) {
            throw TaskInput.rejected("Date du forum : le forum se tient après la date limite de dépôt.");
        }
        call.recordForum(
                forumAt,
                place,
                input.integer("forumTables", "Nombre de tables"),
                input.integer("forumSlotMinutes", "Durée d'un créneau (minutes)"),
                input.integer("forumSlots", "Nombre de créneaux"));
    }
}
