package org.constellation.call;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WaitingTimers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens calls: each call has one call-lifecycle instance, keyed by its slug. */
@Service
public class CallLifecycle {

    /** The call's fields each timer of call-lifecycle is computed from (CallSchedule). */
    private static final Map<String, List<String>> TIMERS_BY_FIELD = Map.of(
            "opensOn", List.of(ProcessVariables.TIMER_OPENING),
            "deadline", List.of(ProcessVariables.TIMER_DEADLINE_REMINDER, ProcessVariables.TIMER_DEADLINE),
            "deadlineReminderDays", List.of(ProcessVariables.TIMER_DEADLINE_REMINDER),
            "forumAt", List.of(ProcessVariables.TIMER_FORUM_REMINDER, ProcessVariables.TIMER_FORUM_HELD),
            "forumReminderDays", List.of(ProcessVariables.TIMER_FORUM_REMINDER));

    /** What the coordinators' forms show; the forum's date and place come filled in once the call has them. */
    static final ModelKey TITLE = ModelKey.shown(ProcessVariables.CALL_TITLE, String.class);

    public static final ModelKey FORUM_AT = ModelKey.field("forumAt", OffsetDateTime.class);
    public static final ModelKey FORUM_PLACE = ModelKey.field("forumPlace", String.class);

    private final CallRepository calls;
    private final RuntimeService runtimeService;
    private final WaitingTimers waitingTimers;

    public CallLifecycle(CallRepository calls, RuntimeService runtimeService, WaitingTimers waitingTimers) {
        this.calls = calls;
        this.runtimeService = runtimeService;
        this.waitingTimers = waitingTimers;
    }

    /**
     * Starts the call's instance, whose start marks the call scheduled (CallPhases): the call opens now, or waits for
     * its opening date (a timer).
     */
    @Transactional
    public Call open(Call call) {
        Call saved = calls.save(call);
        saved.setProcessInstanceId(runtimeService
                .startProcessInstanceByKey(ProcessVariables.CALL_LIFECYCLE, saved.getSlug(), facts(saved))
                .getId());
        return saved;
    }

    /**
     * The call's waiting timers after a coordinator changed {@code changedFields}: those computed from a changed date
     * or delay are computed again, and the forms' variables follow. A call not opened yet has no timers.
     */
    @Transactional
    public List<WaitingTimers.Moved> followDates(Call call, Collection<String> changedFields) {
        if (call.getProcessInstanceId() == null) {
            return List.of();
        }
        Set<String> timers = new LinkedHashSet<>();
        changedFields.forEach(field -> timers.addAll(TIMERS_BY_FIELD.getOrDefault(field, List.of())));
        if (timers.isEmpty()) {
            return List.of();
        }
        if (runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(call.getProcessInstanceId())
                        .count()
                > 0) {
            runtimeService.setVariables(call.getProcessInstanceId(), facts(call));
        }
        return waitingTimers.recalculate(List.of(call.getProcessInstanceId()), timers, false);
    }

    /** What the coordinators' forms show (call-lifecycle's variables). */
    public static Map<String, Object> facts(Call call) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(ProcessVariables.CALL_ID, call.getId());
        facts.put(TITLE.name(), call.getTitle());
        if (call.getForumAt() != null) {
            facts.put(FORUM_AT.name(), call.getForumAt().toString());
        }
        if (call.getForumPlace() != null) {
            facts.put(FORUM_PLACE.name(), call.getForumPlace());
        }
        return facts;
    }
}
