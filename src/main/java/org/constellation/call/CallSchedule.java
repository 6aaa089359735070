package org.constellation.call;

import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The call's dates as the BPMN timers and gateways read them: {@code ${callSchedule.deadline(callId)}}. */
@Component("callSchedule")
public class CallSchedule {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final CallRepository calls;

  public CallSchedule(CallRepository calls) {
    this.calls = calls;
  }

  public Date deadline(Long callId) {
    return Date.from(call(callId).getDeadline().toInstant());
  }

  /** The forum counts as held at the end of its day, Paris time. */
  public Date forumEnd(Long callId) {
    Call call = call(callId);
    if (call.getForumAt() == null) {
      throw new IllegalStateException("The forum of call " + call.getSlug() + " has no date");
    }
    return Date.from(call.getForumAt().atZoneSameInstant(PARIS).toLocalDate().plusDays(1).atStartOfDay(PARIS).toInstant());
  }

  public boolean forumHeld(Long callId) {
    CallStatus status = call(callId).getStatus();
    return status == CallStatus.FORUM_HELD || status == CallStatus.PROGRAMME_PUBLISHED;
  }

  private Call call(Long callId) {
    return calls.findById(callId).orElseThrow();
  }
}
