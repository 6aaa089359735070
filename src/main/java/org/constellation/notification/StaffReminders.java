package org.constellation.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.StaffNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The staff's scheduled mails: coordinators are told of every task past its due date (once per task and coordinator),
 * and members of {@code dailydigest} get each morning the tasks created since the day before that they may take. Every
 * node runs the schedule; the outbox's occurrence keys keep each mail single.
 */
@Component
public class StaffReminders {

    private static final Logger LOG = LoggerFactory.getLogger(StaffReminders.class);
    /** Tasks looked at per run: far above a season's open tasks, and a bound on a run's work. */
    private static final int BATCH = 500;

    private final TaskService tasks;
    private final IdentityService identity;
    private final Outbox outbox;
    private final MailComposer composer;
    private final Clock clock;
    private final boolean scheduled;

    public StaffReminders(
            TaskService tasks,
            IdentityService identity,
            Outbox outbox,
            MailComposer composer,
            Clock clock,
            @Value("${constellation.notification.scheduled:true}") boolean scheduled) {
        this.tasks = tasks;
        this.identity = identity;
        this.outbox = outbox;
        this.composer = composer;
        this.clock = clock;
        this.scheduled = scheduled;
    }

    @Scheduled(
            fixedDelayString = "${constellation.notification.overdue-scan-interval:PT15M}",
            initialDelayString = "PT1M")
    void onSchedule() {
        if (scheduled) {
            tellCoordinatorsOfOverdueTasks();
        }
    }

    @Scheduled(cron = "${constellation.notification.digest-cron:0 0 8 * * *}", zone = ParisTime.ZONE_ID)
    void eachMorning() {
        if (scheduled) {
            sendDailyDigests();
        }
    }

    /** Returns how many overdue-task mails were queued by this run. */
    public int tellCoordinatorsOfOverdueTasks() {
        List<User> coordinators = withEmail(identity.createUserQuery()
                .memberOfGroup(StaffAccessSetup.COORDINATORS)
                .list());
        int queued = 0;
        for (Task task : tasks.createTaskQuery()
                .dueBefore(Date.from(clock.instant()))
                .active()
                .orderByDueDate()
                .asc()
                .listPage(0, BATCH)) {
            for (User coordinator : coordinators) {
                queued += tellOfOverdue(task, coordinator);
            }
        }
        return queued;
    }

    /**
     * Reminds the task's assignee that it is overdue (an expert whose score is due): 1 when queued now, 0 when it was
     * before or the assignee has no address.
     */
    public int remindAssignee(Task task) {
        User assignee = task.getAssignee() == null
                ? null
                : identity.createUserQuery().userId(task.getAssignee()).singleResult();
        return assignee == null || withEmail(List.of(assignee)).isEmpty() ? 0 : tellOfOverdue(task, assignee);
    }

    private int tellOfOverdue(Task task, User recipient) {
        Map<String, Object> facts = tasks.getVariables(task.getId(), StaffTaskNotificationListener.FACTS_AND_IDS);
        StaffTaskSummary summary =
                StaffTaskSummary.of(task.getName(), assigneeName(task.getAssignee()), task.getDueDate(), facts);
        MailComposer.ComposedMail mail = composer.composeForStaff(
                MailTemplate.TASK_OVERDUE,
                StaffTaskNotificationListener.callTitle(facts),
                StaffTaskNotificationListener.subject(summary),
                Map.of("staffName", StaffNames.of(recipient), "task", summary));
        return queue(
                MailTemplate.TASK_OVERDUE,
                facts,
                recipient,
                mail,
                MailTemplate.TASK_OVERDUE.templateName() + ":" + task.getId() + ":" + recipient.getId());
    }

    /** Returns how many digests were queued by this run. */
    public int sendDailyDigests() {
        Date since = Date.from(clock.instant().minusSeconds(24 * 3600));
        String day = LocalDate.now(clock.withZone(ParisTime.ZONE)).toString();
        int queued = 0;
        for (User member : withEmail(identity.createUserQuery()
                .memberOfGroup(StaffAccessSetup.DAILY_DIGEST)
                .list())) {
            Map<String, Task> mine = new LinkedHashMap<>();
            tasks.createTaskQuery()
                    .taskCandidateUser(member.getId())
                    .taskCreatedAfter(since)
                    .orderByTaskCreateTime()
                    .asc()
                    .listPage(0, BATCH)
                    .forEach(task -> mine.put(task.getId(), task));
            tasks.createTaskQuery()
                    .taskAssignee(member.getId())
                    .taskCreatedAfter(since)
                    .orderByTaskCreateTime()
                    .asc()
                    .listPage(0, BATCH)
                    .forEach(task -> mine.put(task.getId(), task));
            if (mine.isEmpty()) {
                continue;
            }
            List<StaffTaskSummary> summaries = mine.values().stream()
                    .map(task -> StaffTaskSummary.of(
                            task.getName(),
                            assigneeName(task.getAssignee()),
                            task.getDueDate(),
                            tasks.getVariables(task.getId(), StaffTaskNotificationListener.FACTS_AND_IDS)))
                    .toList();
            MailComposer.ComposedMail mail = composer.composeForStaff(
                    MailTemplate.TASK_DIGEST,
                    "Constellation",
                    "Vos nouvelles tâches du " + day,
                    Map.of("staffName", StaffNames.of(member), "tasks", summaries));
            queued += queue(
                    MailTemplate.TASK_DIGEST,
                    Map.of(),
                    member,
                    mail,
                    MailTemplate.TASK_DIGEST.templateName() + ":" + member.getId() + ":" + day);
        }
        return queued;
    }

    /** 1 when this run queued the mail, 0 when an earlier run (or another node) already had. */
    private int queue(
            MailTemplate template,
            Map<String, Object> facts,
            User recipient,
            MailComposer.ComposedMail mail,
            String key) {
        try {
            return outbox.queuePrepared(
                            template,
                            StaffTaskNotificationListener.number(facts.get(ProcessVariables.CALL_ID)),
                            StaffTaskNotificationListener.number(facts.get(ProcessVariables.PROPOSAL_ID)),
                            recipient.getEmail(),
                            "fr",
                            mail,
                            key)
                    ? 1
                    : 0;
        } catch (DataIntegrityViolationException alreadyQueuedElsewhere) {
            LOG.debug("Mail {} already queued by another node", key);
            return 0;
        }
    }

    private String assigneeName(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : StaffNames.of(user);
    }

    private static List<User> withEmail(List<User> users) {
        return users.stream()
                .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .toList();
    }
}
