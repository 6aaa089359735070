package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.CallRepository;
import org.constellation.call.CallStatus;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalSubmission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 27, item 2: a coordinator changes a date or a delay, and the engine's timers and the cases waiting on them
 * follow at once; the page says what moved.
 */
class CallTimersIT extends PostgresIntegrationTest {

    private static final String PASSWORD = "Timers-2026-password";

    @LocalServerPort
    int port;

    @Autowired
    CallRepository calls;

    @Autowired
    CallUpdate callUpdate;

    @Autowired
    TaskService tasks;

    private Job timer(Call call, String activityId) {
        return management
                .createJobQuery()
                .timers()
                .processInstanceId(call.getProcessInstanceId())
                .activityId(activityId)
                .singleResult();
    }

    private Map<String, String> values(Call call) {
        return new LinkedHashMap<>(
                CallForm.of(calls.findWholeById(call.getId()).orElseThrow()).values());
    }

    @Test
    void movingAScheduledCallsOpeningToTodayOpensItAtOnceAndThePageSaysSo() throws Exception {
        LocalDate today = LocalDate.now(PARIS);
        Call call = openCall(c -> c.setOpensOn(today.plusDays(5)));
        assertThat(calls.findById(call.getId()).orElseThrow().getStatus()).isEqualTo(CallStatus.SCHEDULED);
        assertThat(timer(call, "Event_OpeningDate").getDuedate()).isAfter(new Date());

        teamMember("coordtimers", PASSWORD, "coordinators");
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.83.0.1", "coordtimers", PASSWORD);
        Map<String, String> changed = values(call);
        changed.put("opensOn", today.toString());
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(
                coordinator.get("/coordination/appels/" + call.getId()).body()));
        changed.forEach((key, value) -> form.add(Map.entry(key, value == null ? "" : value)));
        HttpResponse<String> saved = coordinator.post("/coordination/appels/" + call.getId(), form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(coordinator.get("/coordination/appels/" + call.getId()).body())
                .contains("Ouverture de l’appel : la nouvelle date", "il a lieu dans la minute");

        Job opening = timer(call, "Event_OpeningDate");
        assertThat(opening.getDuedate()).isBeforeOrEqualTo(new Date());
        management.executeJob(opening.getId());
        runJobs();
        assertThat(calls.findById(call.getId()).orElseThrow().getStatus()).isEqualTo(CallStatus.OPEN);
        assertThat(new PortalClient(port, "10.83.0.2")
                        .get("/appels/" + call.getSlug())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anExtendedDeadlineMovesTheClosingAndItsReminder() {
        Call call = openCall();
        Date reminderBefore = timer(call, "Event_DeadlineReminder").getDuedate();
        Map<String, String> changed = values(call);
        LocalDateTime later = LocalDateTime.parse(changed.get("deadline")).plusDays(10);
        changed.put("deadline", later.toString());

        List<String> told = callUpdate.save(call.getId(), CallForm.posted(changed), "coordinator", Locale.FRENCH);

        assertThat(timer(call, "Event_DeadlineReminder").getDuedate().toInstant())
                .isEqualTo(reminderBefore.toInstant().plus(10, ChronoUnit.DAYS));
        assertThat(told)
                .anySatisfy(line ->
                        assertThat(line).startsWith("Rappel aux porteurs avant la date limite : " + "reprogrammé au "));
    }

    @Test
    void casesAlreadyWaitingFollowANewDelayCountedFromWhenTheirWaitBegan() {
        Call call = openCall();
        Proposal waiting = proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, "Veillée aux étoiles", "attente-" + call.getId() + "@example.org")),
                Locale.FRENCH);
        Proposal checking = proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, "Ciel de novembre", "verif-" + call.getId() + "@example.org")),
                Locale.FRENCH);
        runJobs();
        Task check = tasks.createTaskQuery()
                .processInstanceId(waiting.getProcessInstanceId())
                .singleResult();
        tasks.setAssignee(check.getId(), "admin");
        tasks.complete(
                check.getId(), Map.of("eligibilityDecision", "INCOMPLETE", "missingInformation", "Les horaires."));
        runJobs();
        Job reminder = management
                .createJobQuery()
                .timers()
                .processInstanceId(waiting.getProcessInstanceId())
                .activityId("BoundaryEvent_AnswerReminderDue")
                .singleResult();
        Task open = tasks.createTaskQuery()
                .processInstanceId(checking.getProcessInstanceId())
                .singleResult();

        Map<String, String> changed = values(call);
        changed.put("informationReminderDays", "1");
        changed.put("eligibilityCheckDays", "2");
        List<String> told = callUpdate.save(call.getId(), CallForm.posted(changed), "coordinator", Locale.FRENCH);

        Job moved = management.createJobQuery().jobId(reminder.getId()).singleResult();
        assertThat(moved.getDuedate().toInstant())
                .as("a day after the request, not after the change")
                .isEqualTo(reminder.getCreateTime().toInstant().plus(1, ChronoUnit.DAYS));
        assertThat(tasks.createTaskQuery()
                        .taskId(open.getId())
                        .singleResult()
                        .getDueDate()
                        .toInstant())
                .isEqualTo(OffsetDateTime.ofInstant(open.getCreateTime().toInstant(), PARIS)
                        .plusDays(2)
                        .toInstant());
        assertThat(told)
                .contains(
                        "Une demande d’informations en attente suit les nouveaux délais de relance et de clôture.",
                        "Une vérification ouverte prend la nouvelle échéance.");
    }
}
