package org.constellation.notification;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessDelays;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.StaffNames;
import org.springframework.stereotype.Component;

/**
 * Listens to every user task of every process (added by {@link StaffTaskListeners}): a task created without a due date
 * gets the default one; the person a task is assigned or proposed to is told by mail, unless they took it themselves or
 * chose the daily digest (group {@code dailydigest}). One mail per task and person.
 */
@Component("staffTaskNotifications")
public class StaffTaskNotificationListener implements TaskListener {

    /** The process variables a staff mail shows or files the mail under. */
    static final List<String> FACTS_AND_IDS = List.of(
            ProcessVariables.PROPOSAL_REFERENCE,
            ProcessVariables.PROPOSAL_TITLE,
            ProcessVariables.CALL_TITLE,
            ProcessVariables.CALL_ID,
            ProcessVariables.PROPOSAL_ID);

    private final IdentityService identity;
    private final Outbox outbox;
    private final MailComposer composer;
    private final ProcessDelays delays;

    public StaffTaskNotificationListener(
            IdentityService identity, Outbox outbox, MailComposer composer, ProcessDelays delays) {
        this.identity = identity;
        this.outbox = outbox;
        this.composer = composer;
        this.delays = delays;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (task.getDueDate() == null) {
                task.setDueDate(Date.from(ClockUtil.getCurrentTime()
                        .toInstant()
                        .atZone(ParisTime.ZONE)
                        .plus(delays.taskDueDelay())
                        .toInstant()));
            }
            task.getCandidates().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                    .forEach(link -> tell(task, link.getUserId(), true));
        } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null) {
            Authentication current = identity.getCurrentAuthentication();
            if (current == null || !task.getAssignee().equals(current.getUserId())) {
                tell(task, task.getAssignee(), false);
            }
        }
    }

    private void tell(DelegateTask task, String userId, boolean proposed) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null
                || user.getEmail() == null
                || user.getEmail().isBlank()
                || identity.createUserQuery()
                                .userId(userId)
                                .memberOfGroup(StaffAccessSetup.DAILY_DIGEST)
                                .count()
                        > 0) {
            return;
        }
        Map<String, Object> facts = task.getVariables();
        StaffTaskSummary summary =
                StaffTaskSummary.of(task.getName(), proposed ? null : StaffNames.of(user), task.getDueDate(), facts);
        MailComposer.ComposedMail mail = composer.composeForStaff(
                MailTemplate.TASK_ASSIGNED,
                callTitle(facts),
                subject(summary),
                Map.of("staffName", StaffNames.of(user), "task", summary, "proposed", proposed));
        outbox.queuePrepared(
                MailTemplate.TASK_ASSIGNED,
                number(facts.get(ProcessVariables.CALL_ID)),
                number(facts.get(ProcessVariables.PROPOSAL_ID)),
                user.getEmail(),
                "fr",
                mail,
                MailTemplate.TASK_ASSIGNED.templateName() + ":" + task.getId() + ":" + userId);
    }

    static String subject(StaffTaskSummary task) {
        return task.name() + (task.reference() == null ? "" : " – " + task.reference());
    }

    static String callTitle(Map<String, Object> facts) {
        Object title = facts.get(ProcessVariables.CALL_TITLE);
        return title == null ? "Constellation" : (String) title;
    }

    static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
