package org.constellation.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.RetentionClass;
import org.constellation.forum.ForumPlanning;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.security.StaffAccessSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention by outcome (issue 18), on the engine's clock moved forward: a sentinel applicant taken to each outcome is
 * warned two weeks ahead, kept longer when a coordinator says why, and erased on time; then no table of our schema, no
 * table of the engine and no line of the log holds their name, address or phone, while the statistics still count their
 * cases. A case open too long comes before the coordinators; a person's erasure on request takes every case they hold,
 * open or not.
 */
@ExtendWith(OutputCaptureExtension.class)
class RetentionIT extends PostgresIntegrationTest {

    private static final String PASSWORD = "Nebuleuse-Orion-2027!";
    private static final String COORDINATOR = "gardien";
    private static final String COORDINATOR_MAIL = "gardien@equipe.example.org";
    private static final String REVIEWER = "veilleur";

    /** Someone whose every trace the scans look for: a surname no fixture uses, an address, a phone number. */
    record Sentinel(String name, String email, String phone) {

        static Sentinel of(String tag, int n) {
            return new Sentinel(
                    "Séraphine Vigilante" + tag,
                    "vigilante." + tag.toLowerCase() + "@sentinelle.example.org",
                    "06 47 58 69 " + (10 + n));
        }

        List<String> traces() {
            return List.of(name.substring(name.indexOf(' ') + 1), email, phone, phone.replace(" ", ""));
        }
    }

    @Autowired
    ProposalRepository proposals;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseRetention retention;

    @Autowired
    ForumPlanning forum;

    @LocalServerPort
    int port;

    @BeforeEach
    void team() {
        member(COORDINATOR, COORDINATOR_MAIL, StaffAccessSetup.COORDINATORS);
        member(REVIEWER, null, StaffAccessSetup.REVIEWERS);
    }

    void member(String id, String email, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Gaëlle");
            user.setLastName("Équipe");
            user.setEmail(email);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    @Test
    void eachOutcomeIsWarnedKeptOnRequestAndErasedOnTimeLeavingNoTraceButTheCounts(CapturedOutput log)
            throws Exception {
        Call call = openCall();
        Sentinel ineligibleOne = Sentinel.of("Ineligible", 1);
        Sentinel silentOne = Sentinel.of("Silencieuse", 2);
        Sentinel withdrawingOne = Sentinel.of("Retiree", 3);
        Sentinel programmedOne = Sentinel.of("Programmee", 4);
        Proposal ineligible = ineligible(call, ineligibleOne);
        Proposal silent = closedWithoutAnswer(call, silentOne);
        Proposal withdrawn = withdrawn(call, withdrawingOne);
        Proposal programmed = programmed(call, programmedOne);
        List<Sentinel> everyone = List.of(ineligibleOne, silentOne, withdrawingOne, programmedOne);
        assertThat(tracesOf(everyone))
                .as("the sentinels are really there before")
                .isNotEmpty();

        // The end event each case reached set its class; the call's own period or the default counts from that day.
        LocalDate today = LocalDate.now(PARIS);
        for (Proposal unsuccessful : List.of(ineligible, silent, withdrawn)) {
            Proposal ended = reload(unsuccessful);
            assertThat(ended.getRetentionClass()).isEqualTo(RetentionClass.UNSUCCESSFUL);
            assertThat(ended.getEraseAfter())
                    .isEqualTo(
                            today.plusMonths(6).plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
        }
        assertThat(reload(programmed).getRetentionClass()).isEqualTo(RetentionClass.PROGRAMMED);
        assertThat(reload(programmed).getEraseAfter())
                .isEqualTo(today.plusYears(3).plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
        long stepsBefore = steps(call);

        OffsetDateTime shortEnd = reload(ineligible).getEraseAfter();
        retention.run();
        assertThat(warningsTo(ineligibleOne)).as("nothing is due yet").isZero();

        // Thirteen days before: the three unsuccessful holders and the coordinators are told, once, however many runs.
        moveClockTo(shortEnd.minusDays(13));
        retention.run();
        retention.run();
        for (Sentinel told : List.of(ineligibleOne, silentOne, withdrawingOne)) {
            assertThat(warningsTo(told)).as(told.name()).isOne();
        }
        assertThat(warningsTo(programmedOne)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where template = 'erasure-notice' and recipient = ?",
                        Long.class,
                        COORDINATOR_MAIL))
                .isOne();
        runJobs();
        String warning = text(smtp
                .getReceivedMessagesForDomain(ineligibleOne.email())[
                smtp.getReceivedMessagesForDomain(ineligibleOne.email()).length - 1]
                .getContent());
        assertThat(warning)
                .contains(
                        "seront effacées le "
                                + shortEnd.atZoneSameInstant(PARIS).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        "Vos données",
                        "/suivi/");
        List<String> toCoordinator = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessagesForDomain(COORDINATOR_MAIL)) {
            toCoordinator.add(mail.getSubject());
        }
        assertThat(toCoordinator).anyMatch(subject -> subject.contains("Données effacées dans deux semaines"));

        // A coordinator keeps the withdrawn case two months more, with the reason; a date without reason is refused.
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.81.0.1", COORDINATOR, PASSWORD);
        String casePage = "/coordination/dossiers/" + withdrawn.getId();
        String page = coordinator.get(casePage).body();
        assertThat(page).contains("Conservation des données personnelles", "porteur et coordinateurs prévenus");
        LocalDate kept = shortEnd.toLocalDate().plusMonths(2);
        assertThat(extend(coordinator, withdrawn, kept, " ").headers().firstValue("Location"))
                .isPresent();
        assertThat(coordinator.get(casePage).body()).contains("Motif : dites pourquoi");
        assertThat(extend(coordinator, withdrawn, kept, "Recours gracieux annoncé par courrier.")
                        .statusCode())
                .isEqualTo(303);
        assertThat(coordinator.get(casePage).body()).contains("Conservation prolongée", "Recours gracieux annoncé");
        assertThat(reload(withdrawn).getErasureWarnedAt())
                .as("warned again before the new date")
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from retention_extension where proposal_id = ?",
                        Long.class,
                        withdrawn.getId()))
                .isOne();

        // The day after the date, and a full warning after it: two erased; the kept one waits for its new date.
        moveClockTo(shortEnd.plusDays(1).plusHours(1));
        assertThat(retention.run().erased()).isGreaterThanOrEqualTo(2);
        assertThat(tracesOf(List.of(ineligibleOne, silentOne))).isEmpty();
        assertThat(tracesOf(List.of(withdrawingOne, programmedOne))).isNotEmpty();
        assertThat(reload(withdrawn).isErased()).isFalse();

        // Three years on: the programmed case and the kept one are warned, then erased.
        OffsetDateTime longEnd = reload(programmed).getEraseAfter();
        moveClockTo(longEnd.minusDays(13));
        retention.run();
        assertThat(warningsTo(programmedOne)).isOne();
        assertThat(warningsTo(withdrawingOne)).as("once per date").isEqualTo(2);
        runJobs();
        moveClockTo(longEnd.plusDays(1).plusHours(1));
        retention.run();

        assertThat(tracesOf(everyone))
                .as("every table of our schema and of the engine")
                .isEmpty();
        for (Sentinel sentinel : everyone) {
            for (String trace : sentinel.traces()) {
                assertThat(log.getAll()).as("the application log").doesNotContainIgnoringCase(trace);
            }
        }
        // The statistics still count them: four cases, their outcomes and every step they went through.
        assertThat(proposals.findByCallIdOrderById(call.getId()))
                .extracting(Proposal::getStatus)
                .contains(
                        ProposalStatus.INELIGIBLE,
                        ProposalStatus.CLOSED_WITHOUT_ANSWER,
                        ProposalStatus.WITHDRAWN,
                        ProposalStatus.PUBLISHED);
        assertThat(steps(call)).isEqualTo(stepsBefore);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_actinst where proc_inst_id_ = ?",
                        Long.class,
                        programmed.getProcessInstanceId()))
                .as("the engine keeps the steps, not the data")
                .isPositive();
        assertThat(jdbc.queryForList(
                        "select name_ from act_hi_taskinst where proc_inst_id_ = ?",
                        String.class,
                        ineligible.getProcessInstanceId()))
                .as("its tasks keep their step and reference, not the title")
                .contains("Vérifier l'éligibilité · " + ineligible.getReference())
                .noneMatch(name -> name.contains("hors des critères"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from purge_log where cause = 'SCHEDULE' and proposal_id in " + "(?, ?, ?, ?)",
                        Long.class,
                        ineligible.getId(),
                        silent.getId(),
                        withdrawn.getId(),
                        programmed.getId()))
                .isEqualTo(4);
        // The programme keeps the event and the organisation's public name, not the holder's address.
        String feed = new PortalClient(port, "10.81.0.2")
                .get("/programme/" + call.getSeason().getSlug() + ".json")
                .body();
        assertThat(feed)
                .contains(programmed.getReference().toLowerCase(), "Club d'astronomie", "billetterie.example.org");
        assertThat(coordinator.get("/coordination/effacements").body())
                .contains(programmed.getReference(), "Durée de conservation écoulée");
    }

    @Test
    void aCaseOpenTooLongComesBeforeTheCoordinatorsAndAPersonIsErasedOnRequest(CapturedOutput log) throws Exception {
        Call call = openCall();
        Sentinel waiting = Sentinel.of("Patiente", 5);
        Proposal open = submit(call, waiting, "Un projet qui attend");
        Proposal other = withdrawnAs(call, waiting, "Un projet retiré de la même personne");

        Job limit = management
                .createJobQuery()
                .processInstanceId(open.getProcessInstanceId())
                .activityId("StartEvent_OpenLimitReached")
                .singleResult();
        assertThat(limit.getDuedate())
                .isBetween(
                        Date.from(
                                OffsetDateTime.now().plusMonths(18).minusDays(1).toInstant()),
                        Date.from(
                                OffsetDateTime.now().plusMonths(18).plusDays(1).toInstant()));
        ClockUtil.setCurrentTime(new Date(limit.getDuedate().getTime() + 60_000));
        management.executeJob(limit.getId());
        Task review = tasks.createTaskQuery()
                .processInstanceId(open.getProcessInstanceId())
                .taskDefinitionKey("Task_ReviewLongOpenCase")
                .singleResult();
        assertThat(review).as("the coordinators' task").isNotNull();
        assertThat(tasks.getIdentityLinksForTask(review.getId()))
                .anyMatch(link -> StaffAccessSetup.COORDINATORS.equals(link.getGroupId()));
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(open.getProcessInstanceId())
                        .taskDefinitionKey("Task_CheckEligibility")
                        .count())
                .as("the case itself goes on")
                .isOne();
        tasks.setAssignee(review.getId(), COORDINATOR);
        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("continuationReason", " ")))
                .hasMessageContaining("ce champ est obligatoire");
        String continuation = "Attend la réponse de la mairie pour " + waiting.name() + ".";
        tasks.complete(review.getId(), Map.of("continuationReason", continuation));
        assertThat(jdbc.queryForObject(
                        "select reason from retention_extension where proposal_id = ?", String.class, open.getId()))
                .isEqualTo(continuation);
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(open.getProcessInstanceId())
                        .activityId("StartEvent_OpenLimitReached")
                        .count())
                .as("asked again after another period")
                .isOne();
        ClockUtil.reset();

        // What the team wrote about the person: a label, and a message to this one case naming them.
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.81.1.1", COORDINATOR, PASSWORD);
        String surname = waiting.name().substring(waiting.name().indexOf(' ') + 1);
        bulk(
                coordinator,
                call,
                open,
                List.of(Map.entry("action", "LABEL"), Map.entry("etiquette", "rappeler " + surname)));
        bulk(
                coordinator,
                call,
                open,
                List.of(
                        Map.entry("action", "MESSAGE"),
                        Map.entry("objet", "Votre projet, " + waiting.name()),
                        Map.entry(
                                "message",
                                "Bonjour " + waiting.name() + ", nous vous rappelons au " + waiting.phone() + ".")));
        Long message =
                jdbc.queryForObject("select max(id) from group_message where call_id = ?", Long.class, call.getId());
        assertThat(tracesOf(List.of(waiting)))
                .as("in the label, the reason and the message")
                .anyMatch(trace -> trace.startsWith("case_label."))
                .anyMatch(trace -> trace.startsWith("retention_extension."))
                .anyMatch(trace -> trace.startsWith("group_message.subject"))
                .anyMatch(trace -> trace.startsWith("group_message.body"));

        // The person asks to be forgotten: the page shows both their cases, and nothing happens before confirmation.
        String confirmPage = "/coordination/dossiers/" + open.getId() + "/effacement";
        String page = coordinator.get(confirmPage).body();
        assertThat(page).contains(open.getReference(), other.getReference(), "ne peut pas être défait");
        assertThat(coordinator
                        .post(confirmPage, PortalClient.hiddenFields(page))
                        .statusCode())
                .isEqualTo(303);
        assertThat(reload(open).isErased()).isFalse();
        List<Map.Entry<String, String>> confirmed = new ArrayList<>(PortalClient.hiddenFields(page));
        confirmed.add(Map.entry("confirm", "yes"));
        assertThat(coordinator.post(confirmPage, confirmed).statusCode()).isEqualTo(303);
        assertThat(coordinator.get("/coordination/dossiers/" + open.getId()).body())
                .contains("Données personnelles effacées");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(open.getProcessInstanceId())
                        .count())
                .as("the open case is stopped")
                .isZero();
        runJobs();
        assertThat(smtp.getReceivedMessagesForDomain(waiting.email()))
                .as("stopped without a mail")
                .hasSize(2 + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from purge_log where cause = 'REQUEST' and requested_by = ? and "
                                + "proposal_id in (?, ?)",
                        Long.class,
                        COORDINATOR,
                        open.getId(),
                        other.getId()))
                .isEqualTo(2);
        assertThat(tracesOf(List.of(waiting))).isEmpty();
        for (String trace : waiting.traces()) {
            assertThat(log.getAll()).doesNotContainIgnoringCase(trace);
        }
        assertThat(jdbc.queryForObject("select recipients from group_message where id = ?", Integer.class, message))
                .as("the message is still counted")
                .isOne();
        assertThat(coordinator.get("/coordination/dossiers/" + open.getId()).body())
                .contains("motif effacé avec les données du dossier");
    }

    /** A coordinator's bulk action on one case, confirmed. */
    void bulk(PortalClient coordinator, Call call, Proposal proposal, List<Map.Entry<String, String>> action)
            throws Exception {
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(
                coordinator.get("/coordination/dossiers?appel=" + call.getId()).body()));
        form.add(Map.entry("appel", call.getId().toString()));
        form.add(Map.entry("dossier", proposal.getId().toString()));
        form.add(Map.entry("confirme", "oui"));
        form.addAll(action);
        assertThat(coordinator.post("/coordination/dossiers/actions", form).statusCode())
                .isEqualTo(303);
    }

    // ---- The outcomes, as people reach them ----

    Proposal submit(Call call, Sentinel sentinel, String title) {
        Map<String, Object> values = new HashMap<>(submission(call, title, sentinel.email()));
        values.put("contactName", sentinel.name());
        values.put("contactPhone", sentinel.phone());
        values.put("audiences", List.of("GENERAL_PUBLIC"));
        values.put("description", "Porté par " + sentinel.name() + ", joignable au " + sentinel.phone() + ".");
        Proposal proposal = proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
        runJobs();
        return reload(proposal);
    }

    Proposal ineligible(Call call, Sentinel sentinel) {
        Proposal proposal = submit(call, sentinel, "Une soirée hors des critères");
        complete(
                proposal,
                REVIEWER,
                Map.of("eligibilityDecision", "INCOMPLETE", "missingInformation", "Le lieu exact ?"));
        holderActions.provideInformation(
                proposal.getId(), "Chez moi, " + sentinel.name() + ", " + sentinel.phone() + ".", Locale.FRENCH);
        runJobs();
        complete(
                proposal,
                REVIEWER,
                Map.of(
                        "eligibilityDecision",
                        "INELIGIBLE",
                        "themesVerdict",
                        "FAIL",
                        "themesReason",
                        "Hors des thèmes de l'appel."));
        complete(proposal, COORDINATOR, Map.of("ineligibilityConfirmation", "CONFIRMED"));
        assertThat(reload(proposal).getStatus()).isEqualTo(ProposalStatus.INELIGIBLE);
        return proposal;
    }

    Proposal closedWithoutAnswer(Call call, Sentinel sentinel) {
        Proposal proposal = submit(call, sentinel, "Une soirée sans suite");
        complete(
                proposal,
                REVIEWER,
                Map.of("eligibilityDecision", "INCOMPLETE", "missingInformation", "Les horaires ?"));
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .activityId("BoundaryEvent_AnswerOverdue")
                .singleResult()
                .getId());
        runJobs();
        assertThat(reload(proposal).getStatus()).isEqualTo(ProposalStatus.CLOSED_WITHOUT_ANSWER);
        return proposal;
    }

    Proposal withdrawn(Call call, Sentinel sentinel) {
        return withdrawnAs(call, sentinel, "Une soirée retirée");
    }

    Proposal withdrawnAs(Call call, Sentinel sentinel, String title) {
        Proposal proposal = submit(call, sentinel, title);
        holderActions.withdraw(proposal.getId());
        runJobs();
        assertThat(reload(proposal).getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
        return proposal;
    }

    /**
     * Eligible, introduced to a partner, at the forum, on the released programme, then the event takes place and its
     * report is entered for the holder.
     */
    Proposal programmed(Call call, Sentinel sentinel) throws Exception {
        Proposal proposal = submit(call, sentinel, "Une nuit au programme");
        Proposal partner = proposals
                .findById(proposalService
                        .submit(
                                ProposalSubmission.fromFormValues(submission(
                                        call, "Une coupole à partager", "partenaire-" + call.getId() + "@example.org")),
                                Locale.FRENCH)
                        .getId())
                .orElseThrow();
        runJobs();
        complete(partner, REVIEWER, Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"));
        complete(proposal, REVIEWER, Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"));
        complete(
                proposal,
                REVIEWER,
                Map.of(
                        "accompanimentNeeds",
                        "Un intervenant",
                        "accompanimentActions",
                        "Appeler " + sentinel.name(),
                        "followUpPerson",
                        REVIEWER));
        complete(
                proposal,
                REVIEWER,
                Map.of(
                        "introducedPartners",
                        List.of(partner.getId().toString()),
                        "introductionNote",
                        "Voyez " + sentinel.name() + "."));
        holdForum(
                call,
                () -> forum.register(
                        proposal.getId(),
                        true,
                        "Un télescope, dit " + sentinel.name(),
                        null,
                        List.of(),
                        Locale.FRENCH));
        complete(
                proposal,
                REVIEWER,
                Map.of(
                        "entryStartsAt",
                        "2027-10-12T20:00+02:00",
                        "entryEndsAt",
                        "2027-10-12T23:30+02:00",
                        "entryPlace",
                        "Parc Paul Mistral, Grenoble",
                        "entryShortDescription",
                        "Le ciel d'automne aux télescopes.",
                        "entryDescription",
                        "Observation du ciel.",
                        "entryRegistration",
                        "https://billetterie.example.org/nuit\n" + sentinel.email() + "\n" + sentinel.phone()));
        holderActions.confirmProgrammeEntry(proposal.getId());
        runJobs();
        Task release = tasks.createTaskQuery()
                .processInstanceId(call.getProcessInstanceId())
                .singleResult();
        tasks.complete(release.getId(), Map.of("programmeReleased", true, "releaseNote", "Première version"));
        String feed = new PortalClient(port, "10.81.0.3")
                .get("/programme/" + call.getSeason().getSlug() + ".json")
                .body();
        assertThat(feed).as("released with the holder's own address").contains(sentinel.email());
        for (String timer : List.of("Event_EventTookPlace", "Event_DayAfterEvent", "BoundaryEvent_ReportOverdue")) {
            management.executeJob(management
                    .createJobQuery()
                    .processInstanceId(proposal.getProcessInstanceId())
                    .activityId(timer)
                    .singleResult()
                    .getId());
            runJobs();
        }
        // The event's report, asked and never given: the follow-up person enters it, in the holder's words.
        complete(
                proposal,
                REVIEWER,
                Map.of(
                        "reportFigures",
                        "40 ; 12 ; 1",
                        "reportPartners",
                        "Avec " + sentinel.name(),
                        "reportAccount",
                        "Raconté par " + sentinel.email() + ", " + sentinel.phone()));
        assertThat(reload(proposal).getStatus()).isEqualTo(ProposalStatus.PUBLISHED);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(proposal.getProcessInstanceId())
                        .count())
                .isZero();
        return proposal;
    }

    void complete(Proposal proposal, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey(openTask(proposal))
                .singleResult();
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
        runJobs();
    }

    /** The proposal's step (its own tasks, not the coordinators' review of a long-open case). */
    String openTask(Proposal proposal) {
        return tasks.createTaskQuery().processInstanceId(proposal.getProcessInstanceId()).list().stream()
                .map(Task::getTaskDefinitionKey)
                .filter(key -> !key.equals("Task_ReviewLongOpenCase"))
                .findFirst()
                .orElseThrow();
    }

    HttpResponse<String> extend(PortalClient coordinator, Proposal proposal, LocalDate until, String reason)
            throws Exception {
        String path = "/coordination/dossiers/" + proposal.getId();
        List<Map.Entry<String, String>> form =
                new ArrayList<>(PortalClient.hiddenFields(coordinator.get(path).body()));
        form.add(Map.entry("until", until.toString()));
        form.add(Map.entry("reason", reason));
        return coordinator.post(path + "/conservation", form);
    }

    // ---- What the scans read ----

    Proposal reload(Proposal proposal) {
        return proposals.findById(proposal.getId()).orElseThrow();
    }

    void moveClockTo(OffsetDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.toInstant()));
    }

    long warningsTo(Sentinel sentinel) {
        return jdbc.queryForObject(
                "select count(*) from outbox_mail where template = 'erasure-warning' and recipient = ?",
                Long.class,
                sentinel.email());
    }

    long steps(Call call) {
        return jdbc.queryForObject(
                "select count(*) from proposal_status_change c join proposal p on p.id = c.proposal_id "
                        + "where p.call_id = ?",
                Long.class,
                call.getId());
    }

    /**
     * Every text and binary column of every table of the database (our schema and the engine's ACT_* tables) that holds
     * one of the sentinels' traces, as "table.column: trace".
     */
    List<String> tracesOf(List<Sentinel> sentinels) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name, data_type from "
                + "information_schema.columns where table_schema = current_schema() and data_type in ('character varying', "
                + "'text', 'bytea', 'character')");
        for (Sentinel sentinel : sentinels) {
            for (String trace : sentinel.traces()) {
                for (Map<String, Object> column : columns) {
                    String table = (String) column.get("table_name");
                    String name = (String) column.get("column_name");
                    String condition = "bytea".equals(column.get("data_type"))
                            ? "position(lower(?) in lower(encode(\"" + name + "\", 'escape'))) > 0"
                            : "lower(\"" + name + "\") like '%' || lower(?) || '%'";
                    Long hits = jdbc.queryForObject(
                            "select count(*) from \"" + table + "\" where " + condition, Long.class, trace);
                    if (hits != null && hits > 0) {
                        found.add(table + "." + name + ": " + trace);
                    }
                }
            }
        }
        return found;
    }
}
