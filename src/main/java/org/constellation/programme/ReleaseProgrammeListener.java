package org.constellation.programme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.call.Call;
import org.constellation.call.Calls;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * On completing "Publier le programme de la saison": releases the season's programme as it stands. A season fed by
 * several calls may already show everything; then there is nothing to release and the task simply ends.
 */
@Component("releaseProgramme")
public class ReleaseProgrammeListener implements TaskListener {

    static final ModelKey NOTE = ModelKey.field("releaseNote", String.class);
    /** The box the form requires ticked: completing the task is the release, so nothing reads it. */
    static final ModelKey RELEASED = ModelKey.field("programmeReleased", Boolean.class);

    private final Calls calls;
    private final ProgrammeReleases releases;

    public ReleaseProgrammeListener(Calls calls, ProgrammeReleases releases) {
        this.calls = calls;
        this.releases = releases;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput(task);
        String note = input.text(NOTE.name());
        Call call = calls.get((Long) task.getVariable(ProcessVariables.CALL_ID));
        try {
            releases.release(call.getSeason().getId(), input.actor(), note);
        } catch (ProgrammeReleases.NothingToRelease alreadyShown) {
            // The season's other calls released everything already: the task simply ends.
        }
    }
}
