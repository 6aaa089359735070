package org.constellation.call;

import static org.constellation.call.CallStatus.FORUM_HELD;
import static org.constellation.call.CallStatus.OPEN;
import static org.constellation.call.CallStatus.PROGRAMME_PUBLISHED;
import static org.constellation.call.CallStatus.SCHEDULED;
import static org.constellation.call.CallStatus.SUBMISSIONS_CLOSED;

import java.util.Map;
import org.constellation.workflow.ModelAddition;
import org.constellation.workflow.ParsedProcess;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The call's status follows the step of call-lifecycle it is in, as the proposal's does (ADR 8): declared here once and
 * attached by the engine as it reads the model, built in (ADR 17). Version 2 sets three statuses in its model and keeps
 * them, for its instances still running; the others come from here, the forum held too, which its delegate wrote.
 */
@Component
public class CallPhases implements ModelAddition {

    /** Where each status begins, when the step or event starts; a draft is the call before its process. */
    static final Map<String, CallStatus> ENTERED_AT = Map.of(
            "StartEvent_CallOpened", SCHEDULED,
            "Event_SubmissionsOpen", OPEN,
            "Task_CloseSubmissions", SUBMISSIONS_CLOSED,
            "Task_AnnounceForumHeld", FORUM_HELD,
            "EndEvent_ProgrammePublished", PROGRAMME_PUBLISHED);

    @Override
    public Kind kind() {
        return Kind.CALL_STATUS;
    }

    @Override
    public void addTo(ParsedProcess process) {
        if (ProcessVariables.CALL_LIFECYCLE.equals(process.key())) {
            process.enterStatuses(CallPhase.BEAN, ENTERED_AT);
        }
    }
}
