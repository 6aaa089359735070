package org.constellation.forum;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.call.Call;
import org.constellation.call.CallLifecycle;
import org.constellation.call.Calls;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * On completing "Organiser le forum des projets": the forum's date and place, after the call's deadline, and the frame
 * of its one-to-one meetings (tables, slot length, number of slots).
 */
@Component("recordForumArrangements")
public class RecordForumArrangementsListener implements TaskListener {

    static final ModelKey TABLES = ModelKey.field("forumTables", Integer.class);
    static final ModelKey SLOT_MINUTES = ModelKey.field("forumSlotMinutes", Integer.class);
    static final ModelKey SLOTS = ModelKey.field("forumSlots", Integer.class);

    private final Calls calls;

    public RecordForumArrangementsListener(Calls calls) {
        this.calls = calls;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput(task);
        OffsetDateTime forumAt = input.dateTime(CallLifecycle.FORUM_AT.name(), "Date du forum");
        String place = input.text(CallLifecycle.FORUM_PLACE.name());
        Call call = calls.get((Long) task.getVariable(ProcessVariables.CALL_ID));
        if (forumAt.isBefore(call.getDeadline())) {
            throw TaskInput.rejected("Date du forum : le forum se tient après la date limite de dépôt.");
        }
        call.recordForum(
                forumAt,
                place,
                input.integer(TABLES.name(), "Nombre de tables"),
                input.integer(SLOT_MINUTES.name(), "Durée d'un créneau (minutes)"),
                input.integer(SLOTS.name(), "Nombre de créneaux"));
    }
}
