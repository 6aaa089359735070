package org.constellation.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallObligation;
import org.constellation.call.CallObligation.Kind;
import org.constellation.call.CallObligation.Relative;
import org.constellation.privacy.Erasure;
import org.constellation.privacy.HolderExportRegister;
import org.constellation.privacy.PurgeLogEntry;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 31, part 2, over HTTP on PostgreSQL: a call with two obligations after selection; an event published, its
 * holder ticks one off with a photo on their tracking page (a PDF refused first, in words beside the field); the other,
 * due before the event, is late: the case list's filter finds the case and its column counts it, the holder's reminder
 * mail arrives, a week later the follow-up person (here the call's contact) is told; the team's refusal shows beside
 * its field on the case page; then the holder meets it, and the case leaves the filter. The holder's data holds the
 * evidence, and erasure takes it away, whether and when each was met kept. A second test moves the event: the unmet
 * obligation's due date and timers follow it.
 */
class ObligationsIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Engagement-Etoile-2026!";
    static final String COORDINATOR = "coordobligations";
    static final String PHOTO = "Photo du kit de communication à l'événement";
    static final String ANNOUNCEMENT = "Annonce dans l'agenda de la Métropole";
    private static final Pattern TRACKING_LINK = Pattern.compile("/suivi/([A-Za-z0-9_-]{43})");
    /** The first bytes of a JPEG file, as a camera writes them. */
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    Obligations obligations;

    @Autowired
    Erasure erasure;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void team() {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Inès Garnier");
    }

    /** A call whose projects owe a photo of the kit two days after their event, and an announcement ten days before. */
    Call callWithObligations() {
        return openCall(call -> call.setObligations(List.of(
                new CallObligation(PHOTO, Kind.PHOTO, 2, Relative.AFTER),
                new CallObligation(ANNOUNCEMENT, Kind.OTHER, 10, Relative.BEFORE))));
    }

    /** One evening session, {@code days} from today, in Paris. */
    static List<Timing> eveningIn(int days) {
        LocalDate day = LocalDate.now(PARIS).plusDays(days);
        return List.of(new Timing(
                day.atTime(20, 0).atZone(PARIS).toOffsetDateTime(),
                day.atTime(23, 0).atZone(PARIS).toOffsetDateTime()));
    }

    /** An event of the call published, its lifecycle in the phase after publication, awaiting its obligations. */
    Proposal published(Call call, String title, List<Timing> timings) {
        Long id = programmeEntry(call, title, timings);
        afterPublication(id, null);
        return proposals.findById(id).orElseThrow();
    }

    /** The waits of the proposal's lifecycle for its obligations, one an obligation still awaited. */
    List<Execution> reminders(Proposal proposal) {
        return runtime.createExecutionQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .activityId("Task_AwaitEvidence")
                .list();
    }

    /** The timer the lifecycle waits on at {@code activityId} for this obligation. */
    Job timer(ObligationView obligation, String activityId) {
        return management.createJobQuery().timers().activityId(activityId).list().stream()
                .filter(job -> obligation
                        .id()
                        .equals(runtime.getVariable(job.getExecutionId(), ProcessVariables.OBLIGATION_ID)))
                .findFirst()
                .orElseThrow();
    }

    /** Fires it whatever its due date, then the jobs it made (a mail and its delivery). */
    void fire(Job timer) {
        management.executeJob(timer.getId());
        runJobs();
    }

    /** The holder on their tracking page, from the link of the last mail they received. */
    PortalClient holder(String email, String address) throws Exception {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
        Matcher link = TRACKING_LINK.matcher(text(received[received.length - 1].getContent()));
        assertThat(link.find()).isTrue();
        PortalClient holder = new PortalClient(port, address);
        assertThat(holder.get("/suivi/" + link.group(1)).statusCode()).isEqualTo(303);
        return holder;
    }

    /** The CSRF token of a page's forms, once. */
    static List<Map.Entry<String, String>> token(String page) {
        return new ArrayList<>(PortalClient.hiddenFields(page).stream()
                .filter(field -> field.getKey().equals("_csrf"))
                .limit(1)
                .toList());
    }

    static String words(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    @Test
    void aPhotoTickedOffTheLateOneFoundRemindedToldThenMet() throws Exception {
        Call call = callWithObligations();
        Proposal proposal = published(call, "Nuit des étoiles au parc", eveningIn(5));
        // Another event of the call, further away: nothing of it is late yet.
        Proposal later = published(call, "Conférence sur les comètes du mois prochain", eveningIn(40));
        List<ObligationView> owed = obligations.of(proposal.getId());
        LocalDate today = LocalDate.now(PARIS);
        assertThat(owed)
                .extracting(ObligationView::label, ObligationView::dueOn)
                .containsExactly(tuple(PHOTO, today.plusDays(7)), tuple(ANNOUNCEMENT, today.minusDays(5)));
        assertThat(reminders(proposal)).hasSize(2);
        String email = proposal.getContactEmail();

        // The holder sees both; a PDF is refused beside the photo's field, then a JPEG ticks it off.
        PortalClient holder = holder(email, "10.31.2.1");
        String page = holder.get("/suivi").body();
        assertThat(page)
                .contains(
                        "Vos engagements après la sélection",
                        words(PHOTO),
                        words(ANNOUNCEMENT),
                        "À faire au plus tard le " + WrittenDates.day(today.plusDays(7), Locale.FRENCH),
                        "En retard : attendu au plus tard le " + WrittenDates.day(today.minusDays(5), Locale.FRENCH));
        HttpResponse<String> refused = holder.postMultipart(
                "/suivi/obligations/1",
                token(page),
                List.of(new PortalClient.FilePart("photo", "kit.pdf", "application/pdf", "%PDF-1.7".getBytes())));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"obligation-1-photo-error\"", words("Cette photo n'est ni en JPEG ni en PNG."));
        HttpResponse<String> given = holder.postMultipart(
                "/suivi/obligations/1",
                token(refused.body()),
                List.of(new PortalClient.FilePart("photo", "kit.jpg", "image/jpeg", JPEG)));
        assertThat(given.statusCode()).isEqualTo(303);
        assertThat(holder.get("/suivi").body())
                .contains(
                        words("Merci : la preuve de votre engagement est enregistrée."),
                        "Fait : preuve reçue le ",
                        "/suivi/obligations/1/photo");
        HttpResponse<byte[]> photo = holder.getBytes("/suivi/obligations/1/photo");
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(photo.body()).isEqualTo(JPEG);
        assertThat(reminders(proposal))
                .as("the photo's reminders took it and ended")
                .hasSize(1);

        // The case list's filter finds the late case, and its column counts its late obligation.
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.31.2.2", COORDINATOR, PASSWORD);
        String late = "/coordination/dossiers?appel=" + call.getId() + "&obligations=en-retard";
        assertThat(coordinator.get(late).body())
                .contains(proposal.getReference(), "Obligations en retard")
                .doesNotContain(later.getReference());
        assertThat(coordinator
                        .get("/coordination/dossiers?appel=" + call.getId() + "&colonnes=reference,obligations")
                        .body())
                .contains(proposal.getReference(), later.getReference())
                .containsPattern("<td>1</td>");

        // Its due day's reminder: one mail, naming what is still owed.
        ObligationView announcement = owed.get(1);
        fire(timer(announcement, ProcessVariables.TIMER_OBLIGATION_DUE));
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
        MimeMessage reminder = received[received.length - 1];
        assertThat(reminder.getSubject()).contains("Vos engagements pour « Nuit des étoiles au parc »");
        assertThat(text(reminder.getContent()))
                .contains(ANNOUNCEMENT + " : au plus tard le " + WrittenDates.day(today.minusDays(5), Locale.FRENCH))
                .doesNotContain(PHOTO);

        // A week on, nobody follows the proposal yet: its call's contact is told, with the case's page.
        fire(timer(announcement, ProcessVariables.TIMER_OBLIGATION_LATE));
        MimeMessage told = smtp.getReceivedMessagesForDomain(call.getContactEmail())[0];
        assertThat(told.getSubject()).contains("Obligation en retard", proposal.getReference());
        assertThat(text(told.getContent())).contains(ANNOUNCEMENT, "/coordination/dossiers/" + proposal.getId());
        assertThat(reminders(proposal)).isEmpty();

        // The team's empty evidence is refused beside its field on the case page.
        String casePath = "/coordination/dossiers/" + proposal.getId();
        String casePage = coordinator.get(casePath).body();
        assertThat(casePage).contains("Obligations après la sélection", "En retard", words(ANNOUNCEMENT));
        List<Map.Entry<String, String>> empty = token(casePage);
        empty.add(Map.entry("text", "  "));
        assertThat(coordinator
                        .postMultipart(casePath + "/obligations/2", empty, List.of())
                        .statusCode())
                .isEqualTo(303);
        assertThat(coordinator.get(casePath).body())
                .contains("id=\"obligation-2-text-error\"", "Dites en quelques mots ce qui a été fait.");

        // Then the holder meets it: the case leaves the filter, its story and its page say so.
        List<Map.Entry<String, String>> words = token(holder.get("/suivi").body());
        words.add(Map.entry("text", "Annoncée le 3 dans l'agenda de la Métropole, rubrique sciences."));
        assertThat(holder.postMultipart("/suivi/obligations/2", words, List.of())
                        .statusCode())
                .isEqualTo(303);
        assertThat(coordinator.get(late).body()).doesNotContain(proposal.getReference());
        assertThat(coordinator.get(casePath).body())
                .contains(words("Obligation remplie : « " + ANNOUNCEMENT + " », preuve donnée par le porteur"))
                .doesNotContain("En retard");

        // The holder's data holds the evidence; erased, the evidence goes, whether and when each was met stays.
        JsonNode export =
                new ObjectMapper().readTree(holder.get("/suivi/donnees.json").body());
        assertThat(HolderExportRegister.texts(export, "/obligations/*/evidenceText"))
                .containsExactly("Annoncée le 3 dans l'agenda de la Métropole, rubrique sciences.");
        assertThat(export.at("/obligations/0/photoGiven").asBoolean()).isTrue();
        assertThat(export.at("/obligations/0/kind").asText()).isEqualTo("PHOTO");
        assertThat(holder.get("/suivi/donnees").body())
                .contains("Vos engagements après la sélection", words(ANNOUNCEMENT))
                .doesNotContain(">PHOTO<", ">OTHER<");
        erasure.eraseCase(proposal.getId(), PurgeLogEntry.Cause.REQUEST, COORDINATOR);
        List<Map<String, Object>> kept = jdbc.queryForList(
                "select evidence_text, photo, photo_type, met_at from proposal_obligation where proposal_id = ?"
                        + " order by position",
                proposal.getId());
        assertThat(kept).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("evidence_text")).isNull();
            assertThat(row.get("photo")).isNull();
            assertThat(row.get("photo_type")).isNull();
            assertThat(row.get("met_at")).isNotNull();
        });
    }

    /** Nine in Paris on the day {@code days} from today: when an obligation due that day rings. */
    static Date nineOn(int days) {
        return Date.from(
                LocalDate.now(PARIS).plusDays(days).atTime(9, 0).atZone(PARIS).toInstant());
    }

    @Test
    void whenTheEventMovesTheDueDatesAndTheirTimersFollow() {
        Call call = callWithObligations();
        Long id = published(call, "Observation de la Lune", eveningIn(30)).getId();
        ObligationView announcement = obligations.of(id).get(1);
        LocalDate today = LocalDate.now(PARIS);
        assertThat(announcement.dueOn()).isEqualTo(today.plusDays(20));
        assertThat(timer(announcement, ProcessVariables.TIMER_OBLIGATION_DUE).getDuedate())
                .isEqualTo(nineOn(20));
        assertThat(timer(announcement, ProcessVariables.TIMER_OBLIGATION_LATE).getDuedate())
                .isEqualTo(nineOn(27));

        programmeEntries.edit(id, entryDetails(eveningIn(45)));
        programmeEntries.publish(id);
        assertThat(obligations.of(id))
                .extracting(ObligationView::dueOn)
                .containsExactly(today.plusDays(47), today.plusDays(35));
        assertThat(timer(announcement, ProcessVariables.TIMER_OBLIGATION_DUE).getDuedate())
                .isEqualTo(nineOn(35));
        assertThat(timer(announcement, ProcessVariables.TIMER_OBLIGATION_LATE).getDuedate())
                .isEqualTo(nineOn(42));
    }
}
