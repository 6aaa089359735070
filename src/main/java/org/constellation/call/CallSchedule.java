package org.constellation.call;

import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessDelays;
import org.springframework.stereotype.Component;

/**
 * The call's dates and delays as the BPMN timers, due dates and gateways read them:
 * {@code ${callSchedule.deadline(callId)}}. A delay the call does not set is the application's default.
 */
@Component("callSchedule")
public class CallSchedule {

    private final CallRepository calls;
    private final ProcessDelays defaults;

    public CallSchedule(CallRepository calls, ProcessDelays defaults) {
        this.calls = calls;
        this.defaults = defaults;
    }

    /** The call opens at the start of its opening day, Paris time. */
    public Date opening(Long callId) {
        return Date.from(call(callId).getOpensOn().atStartOfDay(ParisTime.ZONE).toInstant());
    }

    /** Its opening day is still ahead, by the engine's clock (which process tests move). */
    public boolean opensLater(Long callId) {
        return opening(callId).after(ClockUtil.getCurrentTime());
    }

    /** When holders whose proposal is still incomplete are reminded of the deadline. */
    public Date deadlineReminder(Long callId) {
        Call call = call(callId);
        Period before = call.deadlineReminderDelay().orElse(defaults.deadlineReminderDelay());
        return Date.from(call.getDeadline()
                .atZoneSameInstant(ParisTime.ZONE)
                .minus(before)
                .toInstant());
    }

    /** When invited holders are reminded of the forum; a forum set closer than the delay is reminded at once. */
    public Date forumReminder(Long callId) {
        Call call = call(callId);
        Period before = call.forumReminderDelay().orElse(defaults.forumReminderDelay());
        return Date.from(
                forumAt(call).atZoneSameInstant(ParisTime.ZONE).minus(before).toInstant());
    }

    public String informationReminder(Long callId) {
        return call(callId)
                .informationReminderDelay()
                .orElse(defaults.informationReminderDelay())
                .toString();
    }

    public String informationClosing(Long callId) {
        return call(callId)
                .informationClosingDelay()
                .orElse(defaults.informationClosingDelay())
                .toString();
    }

    /** When an eligibility check created now is due, by the engine's clock (which process tests move). */
    public Date eligibilityCheckDue(Long callId) {
        return eligibilityCheckDue(callId, ClockUtil.getCurrentTime());
    }

    /** When an eligibility check created at {@code createdAt} is due: the call's delay changed, open checks follow. */
    public Date eligibilityCheckDue(Long callId, Date createdAt) {
        Period delay = call(callId).eligibilityCheckDelay().orElse(defaults.eligibilityCheckDelay());
        return Date.from(
                createdAt.toInstant().atZone(ParisTime.ZONE).plus(delay).toInstant());
    }

    public Date deadline(Long callId) {
        return Date.from(call(callId).getDeadline().toInstant());
    }

    /** The forum counts as held at the end of its day, Paris time. */
    public Date forumEnd(Long callId) {
        return Date.from(forumAt(call(callId))
                .atZoneSameInstant(ParisTime.ZONE)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(ParisTime.ZONE)
                .toInstant());
    }

    private static OffsetDateTime forumAt(Call call) {
        if (call.getForumAt() == null) {
            throw new IllegalStateException("The forum of call " + call.getSlug() + " has no date");
        }
        return call.getForumAt();
    }

    public boolean forumHeld(Long callId) {
        CallStatus status = call(callId).getStatus();
        return status != null && status.hasHeldForum();
    }

    private Call call(Long callId) {
        return calls.findById(callId).orElseThrow();
    }
}
