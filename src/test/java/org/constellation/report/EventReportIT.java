package org.constellation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.RetentionClass;
import org.constellation.privacy.Erasure;
import org.constellation.privacy.HolderExportRegister;
import org.constellation.privacy.PurgeLogEntry;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.ProcessVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 31, part 3: the holder's report after their event. Its event over, the day after its last session the holder is
 * asked by mail; they give the report on their tracking page (refused first, in words beside the field, what they typed
 * kept), with a photo; the process takes it and the case ends programmed; the case page shows it, the team corrects it
 * for the holder, and the holder's data holds it; erased, the case keeps its counts only. A report given before it was
 * asked is kept and not asked.
 */
class EventReportIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Bilan-Etoile-2026!";
    static final String COORDINATOR = "coordrapport";
    static final String FOLLOW_UP = "referentbilan";
    private static final Pattern TRACKING_LINK = Pattern.compile("/suivi/([A-Za-z0-9_-]{43})");
    private static final Pattern PHOTO = Pattern.compile("/bilan/photos/(\\d+)");
    /** The first bytes of a JPEG file, as a camera writes them. */
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    Erasure erasure;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void team() {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Inès Garnier");
        teamMember(FOLLOW_UP, PASSWORD, StaffAccessSetup.REVIEWERS, "Rose Relectrice");
    }

    /**
     * A proposal on the programme whose event of two sessions ended last night, its process waiting for the event's
     * end, as it does once the holder was told of the publication (placed there as Cockpit's modification would).
     */
    Proposal eventOver(Call call, String title) {
        LocalDate yesterday = LocalDate.now(PARIS).minusDays(1);
        Long id = programmeEntry(
                call,
                title,
                List.of(
                        new Timing(
                                yesterday
                                        .minusDays(1)
                                        .atTime(14, 0)
                                        .atZone(PARIS)
                                        .toOffsetDateTime(),
                                yesterday
                                        .minusDays(1)
                                        .atTime(16, 0)
                                        .atZone(PARIS)
                                        .toOffsetDateTime()),
                        new Timing(
                                yesterday.atTime(20, 0).atZone(PARIS).toOffsetDateTime(),
                                yesterday.atTime(23, 0).atZone(PARIS).toOffsetDateTime())));
        Proposal proposal = proposals.findById(id).orElseThrow();
        runtime.setVariable(proposal.getProcessInstanceId(), ProcessVariables.FOLLOW_UP_PERSON, FOLLOW_UP);
        // Its funding phase over (its call funds nothing), the case waits for its report alone.
        runtime.createProcessInstanceModification(proposal.getProcessInstanceId())
                .startBeforeActivity("Event_EventTookPlace")
                .startBeforeActivity("Gateway_CaseDone")
                .cancelAllForActivity("SubProcess_EligibilityReview")
                .execute();
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> proposals.findById(id).orElseThrow().moveTo(ProposalStatus.PUBLISHED, clock));
        return proposal;
    }

    /** Fires the timer the proposal's process waits on at {@code activityId}, whatever its due date, then its jobs. */
    void fire(Proposal proposal, String activityId) {
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .timers()
                .activityId(activityId)
                .singleResult()
                .getId());
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

    @Test
    void theHolderIsAskedTheDayAfterGivesTheReportAndTheTeamReadsAndCorrectsIt() throws Exception {
        Call call = openCall();
        Proposal proposal = eventOver(call, "Nuit des étoiles au parc");
        String email = proposal.getContactEmail();
        fire(proposal, "Event_EventTookPlace");
        assertThat(smtp.getReceivedMessagesForDomain(email))
                .as("the acknowledgement, nothing asked the night of the event")
                .hasSize(1);

        fire(proposal, "Event_DayAfterEvent");
        MimeMessage request = smtp.getReceivedMessagesForDomain(email)[1];
        assertThat(request.getSubject()).contains("Le bilan de « Nuit des étoiles au parc »");
        assertThat(text(request.getContent())).contains("le nombre de personnes accueillies à chaque séance");

        PortalClient holder = holder(email, "10.31.3.1");
        String page = holder.get("/suivi").body();
        // The event took place: it can no longer be withdrawn, whatever is posted.
        HttpResponse<String> withdrawal = holder.post("/suivi/retrait", token(page));
        assertThat(withdrawal.statusCode()).isEqualTo(409);
        assertThat(withdrawal.body()).contains("ne peut plus être retiré");
        assertThat(page)
                .contains(
                        "Le bilan de votre événement",
                        HtmlUtils.htmlEscape("dites-nous comment il s'est passé", "UTF-8"),
                        "Séance 1 : ",
                        "Séance 2 : ",
                        "Grand public")
                .doesNotContain("Retirer ma proposition");

        // More pupils than people: refused beside the field, in words, what was typed kept.
        List<Map.Entry<String, String>> form = token(page);
        form.add(Map.entry("attendance-0", "40"));
        form.add(Map.entry("pupils-0", "45"));
        form.add(Map.entry("attendance-1", "80"));
        form.add(Map.entry("partners", "Observatoire de Saint-Véran"));
        HttpResponse<String> refused = holder.postMultipart("/suivi/bilan", form, List.of());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        HtmlUtils.htmlEscape("plus d'élèves que de personnes accueillies à cette séance.", "UTF-8"),
                        "id=\"report-pupils-0-error\"",
                        "value=\"45\"",
                        "Observatoire de Saint-Véran");

        form = token(refused.body());
        form.add(Map.entry("attendance-0", "40"));
        form.add(Map.entry("pupils-0", "28"));
        form.add(Map.entry("classes-0", "1"));
        form.add(Map.entry("attendance-1", "80"));
        form.add(Map.entry("publics", "FAMILIES"));
        form.add(Map.entry("publics", "SCHOOL_CLASSES"));
        form.add(Map.entry("partners", "Observatoire de Saint-Véran"));
        form.add(Map.entry("account", "Une nuit claire, trois télescopes, une classe de CM2 l'après-midi."));
        HttpResponse<String> given = holder.postMultipart(
                "/suivi/bilan", form, List.of(new PortalClient.FilePart("photos", "nuit.jpg", "image/jpeg", JPEG)));
        assertThat(given.statusCode()).isEqualTo(303);
        assertThat(holder.get("/suivi").body())
                .contains("le bilan de votre événement est enregistré", "Bilan reçu le", "value=\"28\"", "nuit.jpg");

        Proposal ended = proposals.findById(proposal.getId()).orElseThrow();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(proposal.getProcessInstanceId())
                        .count())
                .as("the process took the report and ended")
                .isZero();
        assertThat(ended.getRetentionClass()).isEqualTo(RetentionClass.PROGRAMMED);

        // The team reads it on the case page, with its photo, and corrects it for the holder.
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.31.3.2", COORDINATOR, PASSWORD);
        String casePath = "/coordination/dossiers/" + proposal.getId();
        String casePage = coordinator.get(casePath).body();
        assertThat(casePage)
                .contains(
                        "Bilan reçu : 120 personnes sur 2 séances, dont 28 élèves, donné par le porteur",
                        "Familles, Classes (scolaires)",
                        "Observatoire de Saint-Véran");
        Matcher photo = PHOTO.matcher(casePage);
        assertThat(photo.find()).isTrue();
        HttpResponse<byte[]> image = coordinator.getBytes(casePath + "/bilan/photos/" + photo.group(1));
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.body()).isEqualTo(JPEG);

        List<Map.Entry<String, String>> correction = token(casePage);
        correction.add(Map.entry("attendance-0", "45"));
        correction.add(Map.entry("pupils-0", "28"));
        correction.add(Map.entry("classes-0", "1"));
        correction.add(Map.entry("attendance-1", "80"));
        correction.add(Map.entry("publics", "FAMILIES"));
        correction.add(Map.entry("account", "Corrigé au téléphone : 45 personnes l'après-midi."));
        assertThat(coordinator
                        .postMultipart(casePath + "/bilan", correction, List.of())
                        .statusCode())
                .isEqualTo(303);
        assertThat(coordinator.get(casePath).body())
                .contains("Bilan reçu : 125 personnes sur 2 séances, dont 28 élèves, saisi par Inès Garnier")
                .contains("nuit.jpg");

        // The holder's data holds the report as corrected, without who of the team entered it.
        JsonNode export =
                new ObjectMapper().readTree(holder.get("/suivi/donnees.json").body());
        assertThat(HolderExportRegister.texts(export, "/report/account"))
                .containsExactly("Corrigé au téléphone : 45 personnes l'après-midi.");
        assertThat(HolderExportRegister.texts(export, "/report/photos")).containsExactly("nuit.jpg");
        assertThat(HolderExportRegister.texts(export, "/report/publics")).containsExactly("FAMILIES");
        assertThat(export.at("/report/enteredByTheTeam").asBoolean()).isTrue();
        assertThat(export.at("/report/sessions/0/attendance").asInt()).isEqualTo(45);
        assertThat(export.toString()).doesNotContain(COORDINATOR);
        assertThat(holder.get("/suivi/donnees").body())
                .contains("Le bilan de votre événement", "Publics touchés : Familles", "Saisi pour vous par")
                .doesNotContain("FAMILIES");

        // Erased on request: the holder's words and photos go, the counts stay for the season's figures.
        erasure.eraseCase(proposal.getId(), PurgeLogEntry.Cause.REQUEST, COORDINATOR);
        Map<String, Object> kept = jdbc.queryForMap(
                "select r.partners, r.account, r.publics,"
                        + " (select count(*) from event_report_photo p where p.report_id = r.id) as photos,"
                        + " (select sum(s.attendance) from event_report_session s where s.report_id = r.id) as people"
                        + " from event_report r where r.proposal_id = ?",
                proposal.getId());
        assertThat(kept.get("partners")).isNull();
        assertThat(kept.get("account")).isNull();
        assertThat(kept.get("publics")).isEqualTo("FAMILIES");
        assertThat(((Number) kept.get("photos")).longValue()).isZero();
        assertThat(((Number) kept.get("people")).longValue()).isEqualTo(125);
    }

    @Test
    void aReportGivenBeforeItIsAskedIsKeptAndNotAskedAgain() throws Exception {
        Call call = openCall();
        Proposal proposal = eventOver(call, "Conférence sur les comètes");
        String email = proposal.getContactEmail();
        fire(proposal, "Event_EventTookPlace");

        PortalClient holder = holder(email, "10.31.3.3");
        List<Map.Entry<String, String>> form = token(holder.get("/suivi").body());
        form.add(Map.entry("attendance-1", "60"));
        assertThat(holder.postMultipart("/suivi/bilan", form, List.of()).statusCode())
                .as("kept though nothing waits for it yet")
                .isEqualTo(303);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(proposal.getProcessInstanceId())
                        .activityIdIn("Event_DayAfterEvent")
                        .count())
                .isOne();

        fire(proposal, "Event_DayAfterEvent");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(proposal.getProcessInstanceId())
                        .count())
                .isZero();
        assertThat(smtp.getReceivedMessagesForDomain(email))
                .as("the acknowledgement only: the report is not asked for")
                .hasSize(1);
    }
}
