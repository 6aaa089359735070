package org.constellation.label;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallObligation;
import org.constellation.call.CallObligation.Kind;
import org.constellation.call.CallObligation.Relative;
import org.constellation.call.Criterion;
import org.constellation.call.LabelCommitment;
import org.constellation.call.LabelCommitment.CheckedBy;
import org.constellation.privacy.HolderExportRegister;
import org.constellation.programme.Accessibility;
import org.constellation.programme.AttendanceMode;
import org.constellation.programme.EntryDetails;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 31, part 1, over HTTP on PostgreSQL: a labelling call « Made in Nouvelle-Aquitaine » with a charter of four
 * commitments, two the form checks and two the reviewer checks, and its kit uploaded on the call's page. Two events
 * apply: one refuses a commitment, is found ineligible and told why; the other takes them all, is labelled, downloads
 * its kit and its attestation, and after a release carries the label on its programme entry, in the .ics and the .json.
 * Then the label is withdrawn with a reason: the holder is told by mail, and the next release says « Label retiré ».
 * The event took place yesterday; its phase after publication (issue 31, part 5) holds the rest: the announcement due
 * ten days before it is late, the holder reminded and the follow-up person told, the case list's filter finds it, then
 * the holder meets it; the day after the event the report is asked, a week later reminded, then given on the tracking
 * page, and the case ends.
 */
class LabelJourneyIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Label-Charte-2026!";
    static final String COORDINATOR = "coordlabel";
    static final String REVIEWER = "relecteurlabel";
    static final String LABEL = "Made in Nouvelle-Aquitaine";
    static final String ANNOUNCEMENT = "Annonce dans l'agenda du réseau";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final Pattern TRACKING_LINK = Pattern.compile("/suivi/([A-Za-z0-9_-]{43})");
    private static final Pattern KIT_FILE = Pattern.compile("/suivi/label/kit/(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @BeforeEach
    void team() {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Inès Garnier");
        teamMember(REVIEWER, PASSWORD, StaffAccessSetup.REVIEWERS, "Rose Relectrice");
    }

    /** A call whose eligibility is its label's charter, its own criteria switched off. */
    Call labellingCall() {
        return openCall(call -> {
            call.getCriteria().removeIf(criterion -> criterion.kind() == Criterion.Kind.MANDATORY);
            call.getLabelling()
                    .set(true, LABEL, "Le logo figure sur chaque support de l’événement, à sa taille d’origine.");
            call.setLabelCommitments(List.of(
                    new LabelCommitment("Gratuit", CheckedBy.FORM),
                    new LabelCommitment("Ouvert à tous", CheckedBy.FORM),
                    new LabelCommitment("Pendant la Fête de la Science", CheckedBy.REVIEWER),
                    new LabelCommitment("Un scientifique présent", CheckedBy.REVIEWER)));
            call.setObligations(List.of(new CallObligation(ANNOUNCEMENT, Kind.OTHER, 10, Relative.BEFORE)));
        });
    }

    /** The CSRF token of a page's forms, once. */
    static List<Map.Entry<String, String>> token(String page) {
        return new ArrayList<>(PortalClient.hiddenFields(page).stream()
                .filter(field -> field.getKey().equals("_csrf"))
                .limit(1)
                .toList());
    }

    /** The public form filled as an applicant does, with their answers to the charter, sent after a moment. */
    HttpResponse<String> apply(PortalClient applicant, Call call, String title, String email, List<String[]> charter)
            throws Exception {
        String path = "/appels/" + call.getSlug() + "/proposer";
        HttpResponse<String> page = applicant.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        timeToFillTheForm();
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page.body()));
        form.addAll(validProposal(title, email));
        for (int i = 0; i < charter.size(); i++) {
            if (charter.get(i)[0] != null) {
                form.add(Map.entry("commitment" + (i + 1), charter.get(i)[0]));
            }
            form.add(Map.entry("commitment" + (i + 1) + "How", charter.get(i)[1]));
        }
        return applicant.post(path, form);
    }

    Proposal submitted(String email) {
        runJobs();
        return proposals.findByContactEmailIgnoreCase(email).get(0);
    }

    Task task(Proposal proposal) {
        return tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
    }

    void complete(Proposal proposal, String user, Map<String, Object> variables) {
        Task task = task(proposal);
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
        runJobs();
    }

    /** The holder on their tracking page, from the last of their mails that carries a link. */
    PortalClient holder(String email, String address) throws Exception {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
        for (int i = received.length - 1; i >= 0; i--) {
            Matcher link = TRACKING_LINK.matcher(text(received[i].getContent()));
            if (link.find()) {
                PortalClient holder = new PortalClient(port, address);
                assertThat(holder.get("/suivi/" + link.group(1)).statusCode()).isEqualTo(303);
                return holder;
            }
        }
        throw new AssertionError("no tracking link sent to " + email);
    }

    /** A file sent to the call's kit, then the call's page it comes back to. */
    static String upload(PortalClient coordinator, String callPath, String name, String type, byte[] content)
            throws Exception {
        String page = coordinator.get(callPath).body();
        assertThat(coordinator
                        .postMultipart(
                                callPath + "/kit",
                                token(page),
                                List.of(new PortalClient.FilePart("file", name, type, content)))
                        .statusCode())
                .isBetween(300, 399);
        return coordinator.get(callPath).body();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ")
                    .replace('’', '\'');
        }
    }

    /** An .ics as a calendar reads it: its folded lines unfolded (RFC 5545, 3.1). */
    static String unfolded(String calendar) {
        return calendar.replace("\r\n ", "").replace("\n ", "");
    }

    @Test
    void anEventThatRefusesACommitmentIsNotLabelledOneThatTakesThemAllCarriesTheLabelUntilItIsWithdrawn()
            throws Exception {
        Call call = labellingCall();
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.31.1.1", COORDINATOR, PASSWORD);
        String callPath = "/coordination/appels/" + call.getId();

        // The kit, on the call's page: a logo and the charter; a page of HTML is refused in words. Each sending is
        // followed by the page, as a browser does, which reads the notice it left.
        String callPage = coordinator.get(callPath).body();
        assertThat(callPage).contains("Appel à labellisation", "Kit de communication du label", "Gratuit ; formulaire");
        assertThat(upload(coordinator, callPath, "logo.png", "image/png", PNG))
                .contains("Fichier ajouté au kit : logo.png.");
        assertThat(upload(
                        coordinator,
                        callPath,
                        "charte.pdf",
                        "application/pdf",
                        "%PDF-1.7\n%charte\n".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("Fichier ajouté au kit : charte.pdf.");
        assertThat(upload(
                        coordinator,
                        callPath,
                        "logo.png",
                        "image/png",
                        "<html>logo</html>".getBytes(StandardCharsets.UTF_8)))
                .contains("ni une image PNG, JPEG ou SVG, ni un PDF", "logo.png", "charte.pdf")
                .contains("Kit de communication du label : — → logo.png");

        // The public form asks each commitment in the call's words; an answer missing is refused beside its field.
        PortalClient refusing = new PortalClient(port, "10.31.1.2");
        String form = refusing.get("/appels/" + call.getSlug() + "/proposer").body();
        assertThat(form)
                .contains(
                        "La charte du label « " + LABEL + " »",
                        "Je prends cet engagement",
                        "Comment tiendrez-vous l’engagement « Un scientifique présent » ?");
        String refusingEmail = "refus-" + call.getId() + "@example.org";
        HttpResponse<String> incomplete = apply(
                refusing,
                call,
                "Soirée des étoiles payante",
                refusingEmail,
                List.of(
                        new String[] {"REFUSED", "L’entrée est à cinq euros."},
                        new String[] {"ACCEPTED", ""},
                        new String[] {"ACCEPTED", "Le 10 octobre."},
                        new String[] {null, ""}));
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body())
                .contains(
                        "dites en une phrase comment vous tiendrez cet engagement.",
                        "dites si vous prenez cet engagement.",
                        "href=\"#f-commitment4\"",
                        "L’entrée est à cinq euros.");
        assertThat(apply(
                                refusing,
                                call,
                                "Soirée des étoiles payante",
                                refusingEmail,
                                List.of(
                                        new String[] {"REFUSED", "L’entrée est à cinq euros."},
                                        new String[] {"ACCEPTED", "Sans inscription."},
                                        new String[] {"ACCEPTED", "Le 10 octobre."},
                                        new String[] {"ACCEPTED", "Un astronome amateur."}))
                        .statusCode())
                .isEqualTo(303);
        Proposal refused = submitted(refusingEmail);

        PortalClient taking = new PortalClient(port, "10.31.1.3");
        String takingEmail = "label-" + call.getId() + "@example.org";
        assertThat(apply(
                                taking,
                                call,
                                "Nuit des étoiles labellisée",
                                takingEmail,
                                List.of(
                                        new String[] {"ACCEPTED", "Entrée libre, sans réservation."},
                                        new String[] {"ACCEPTED", "Tous publics, accessible en fauteuil."},
                                        new String[] {"ACCEPTED", "Le 10 octobre, pendant la Fête de la Science."},
                                        new String[] {"ACCEPTED", "Une astronome du laboratoire anime la soirée."}))
                        .statusCode())
                .isEqualTo(303);
        Proposal labelled = submitted(takingEmail);

        // The check: the commitment refused fails, those the form checks pass, the reviewer judges the others.
        Map<String, Object> shown = tasks.getVariables(task(refused).getId());
        assertThat(shown)
                .containsEntry("charter1Automatic", "FAIL")
                .containsEntry("charter1Verdict", "FAIL")
                .containsEntry("charter2Automatic", "PASS")
                .containsEntry("charter3Automatic", "CHECK")
                .containsEntry("charter4Automatic", "CHECK")
                .doesNotContainKey("charter5Automatic");
        assertThat((String) shown.get("charter1Assessment")).startsWith("Non rempli — « Gratuit »");
        assertThat((String) shown.get("proposalSheet"))
                .contains("Engagement « Gratuit » : refusé — L’entrée est à cinq euros.");

        Map<String, Object> judged = new HashMap<>(Map.of(
                "charter3Verdict", "PASS",
                "charter3Reason", "Le 10 octobre est dans la Fête de la Science.",
                "charter4Verdict", "PASS",
                "charter4Reason", "Un intervenant est nommé."));
        judged.put("eligibilityDecision", "INELIGIBLE");
        complete(refused, REVIEWER, judged);
        complete(refused, COORDINATOR, Map.of("ineligibilityConfirmation", "CONFIRMED"));
        assertThat(proposals.findById(refused.getId()).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.INELIGIBLE);
        MimeMessage[] toldWhy = smtp.getReceivedMessagesForDomain(refusingEmail);
        assertThat(part(toldWhy[toldWhy.length - 1], "text/plain"))
                .contains("Gratuit", "Cet engagement de la charte n'a pas été accepté sur le formulaire");
        PortalClient refusedHolder = holder(refusingEmail, "10.31.1.4");
        assertThat(refusedHolder.get("/suivi").body())
                .contains("Gratuit", HtmlUtils.htmlEscape("ne peut pas recevoir le label", "UTF-8"))
                .doesNotContain("attestation-de-label.pdf");
        assertThat(refusedHolder
                        .getBytes("/suivi/label/" + LabelDownloads.ATTESTATION)
                        .statusCode())
                .isEqualTo(404);

        judged.put("eligibilityDecision", "ELIGIBLE");
        judged.put("charter3Reason", "Le 10 octobre, pendant la Fête de la Science.");
        judged.put("charter4Reason", "L’astronome du laboratoire est confirmée.");
        complete(labelled, REVIEWER, judged);
        assertThat(proposals.findById(labelled.getId()).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.ACCOMPANIMENT);

        // Labelled: the tracking page gives the attestation and the kit.
        PortalClient holder = holder(takingEmail, "10.31.1.5");
        String tracking = holder.get("/suivi").body();
        assertThat(tracking)
                .contains("Le label « " + LABEL + " »", "attestation-de-label.pdf", "Télécharger logo.png")
                .contains("à sa taille d’origine");
        Matcher kitFile = KIT_FILE.matcher(tracking);
        assertThat(kitFile.find()).isTrue();
        HttpResponse<byte[]> downloaded = holder.getBytes("/suivi/label/kit/" + kitFile.group(1));
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(PNG);
        assertThat(downloaded.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).startsWith("attachment").contains("logo.png"));
        HttpResponse<byte[]> attestation = holder.getBytes("/suivi/label/" + LabelDownloads.ATTESTATION);
        assertThat(attestation.statusCode()).isEqualTo(200);
        assertThat(attestation.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdfText(attestation.body()))
                .contains(
                        "Attestation du label « " + LABEL + " »",
                        "Nuit des étoiles labellisée",
                        "Club d'astronomie <Orion>",
                        "Gratuit",
                        "Ouvert à tous",
                        "Pendant la Fête de la Science",
                        "Un scientifique présent",
                        "Label accordé le",
                        labelled.getReference());

        // The holder's data holds their answers to the charter, in their words, in the file and on its page.
        JsonNode export =
                new ObjectMapper().readTree(holder.get("/suivi/donnees.json").body());
        assertThat(HolderExportRegister.texts(export, "/label/commitments/*/how"))
                .contains("Entrée libre, sans réservation.", "Une astronome du laboratoire anime la soirée.");
        assertThat(holder.get("/suivi/donnees").body())
                .contains("Vos réponses à la charte du label", "Entrée libre, sans réservation.");

        // Published and released: the entry page, its JSON-LD, the .ics and the .json carry the label. The event was
        // yesterday evening: what follows its publication can all be played now.
        OffsetDateTime start = OffsetDateTime.now(PARIS)
                .minusDays(1)
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        programmeEntries.edit(
                labelled.getId(),
                new EntryDetails(
                        "Le ciel d'automne, pour tous.",
                        "Observation aux télescopes, entrée libre.",
                        List.of(new Timing(start, start.plusHours(3))),
                        "Parc Paul Mistral",
                        null,
                        List.of("FAMILIES"),
                        null,
                        null,
                        List.of(Accessibility.MOTOR),
                        AttendanceMode.OFFLINE,
                        null,
                        List.of(),
                        List.of(),
                        null));
        programmeEntries.publish(labelled.getId());
        afterPublication(labelled.getId(), REVIEWER);
        runJobs();
        programmeReleases.release(call.getSeason().getId(), COORDINATOR, "Première version");
        PortalClient visitor = new PortalClient(port, "10.31.1.6");
        String season = call.getSeason().getSlug();
        JsonNode feed = new ObjectMapper()
                .readTree(visitor.get("/programme/" + season + ".json").body());
        JsonNode entry = feed.at("/entries/0/entry");
        assertThat(entry.at("/label/name").asText()).isEqualTo(LABEL);
        assertThat(entry.at("/label/withdrawn").asBoolean()).isFalse();
        String entryPath = "/programme/" + season + "/" + entry.at("/slug").asText();
        String entryPage = visitor.get(entryPath).body();
        assertThat(entryPage).contains("<dt>Label</dt>", LABEL).doesNotContain("Label retiré");
        assertThat(entryPage.substring(entryPage.indexOf("application/ld+json")))
                .contains("\"keywords\"", LABEL);
        assertThat(unfolded(visitor.get("/programme/" + season + ".ics").body()))
                .containsPattern("CATEGORIES:[^\\r\\n]*" + LABEL);

        // Withdrawn from the case page: a reason is required; the holder is told by mail, the next release says so.
        String casePage =
                coordinator.get("/coordination/dossiers/" + labelled.getId()).body();
        assertThat(casePage).contains("/coordination/dossiers/" + labelled.getId() + "/label");
        String labelPath = "/coordination/dossiers/" + labelled.getId() + "/label";
        String labelPage = coordinator.get(labelPath).body();
        assertThat(labelPage)
                .contains("L’événement porte le label.", "Entrée libre, sans réservation.", "Retirer le label");
        List<Map.Entry<String, String>> empty = token(labelPage);
        empty.add(Map.entry("reason", "  "));
        assertThat(coordinator.post(labelPath, empty).statusCode()).isBetween(300, 399);
        assertThat(coordinator.get(labelPath).body()).contains("Dites pourquoi le label est retiré");
        List<Map.Entry<String, String>> withdrawal = token(labelPage);
        String reason = "Le 10 octobre, l’entrée était payante, contrairement à l’engagement « Gratuit ».";
        withdrawal.add(Map.entry("reason", reason));
        assertThat(coordinator.post(labelPath, withdrawal).statusCode()).isBetween(300, 399);
        runJobs();
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(takingEmail);
        MimeMessage told = received[received.length - 1];
        assertThat(told.getSubject()).contains("Label retiré", "Nuit des étoiles labellisée");
        assertThat(part(told, "text/plain")).contains(reason, LABEL);
        assertThat(coordinator.get("/coordination/dossiers/" + labelled.getId()).body())
                .contains("Label « " + LABEL + " » retiré par Inès Garnier");
        assertThat(holder.get("/suivi").body())
                .contains("Le label a été retiré à votre événement")
                .doesNotContain("attestation-de-label.pdf");
        assertThat(holder.getBytes("/suivi/label/" + LabelDownloads.ATTESTATION).statusCode())
                .isEqualTo(404);
        assertThat(HolderExportRegister.texts(
                        new ObjectMapper()
                                .readTree(holder.get("/suivi/donnees.json").body()),
                        "/label/withdrawalReason"))
                .containsExactly(reason);

        programmeReleases.release(call.getSeason().getId(), COORDINATOR, "Label retiré");
        assertThat(visitor.get(entryPath).body()).contains("Label retiré (« " + LABEL + " »)");
        JsonNode after = new ObjectMapper()
                .readTree(visitor.get("/programme/" + season + ".json").body());
        assertThat(after.at("/entries/0/entry/label/withdrawn").asBoolean()).isTrue();
        assertThat(unfolded(visitor.get("/programme/" + season + ".ics").body()))
                .doesNotContainPattern("CATEGORIES:[^\\r\\n]*" + LABEL);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(labelled.getProcessInstanceId())
                        .activityId("Task_SendLabelWithdrawnMail")
                        .count())
                .as("the phase after publication told the holder")
                .isOne();

        // The announcement, due ten days before the event, is late: the holder is reminded on the due day's timer, a
        // week later the follow-up person (the call's contact, the accompaniment skipped here); the case list finds it.
        LocalDate due = start.toLocalDate().minusDays(10);
        assertThat(holder.get("/suivi").body())
                .contains(
                        HtmlUtils.htmlEscape(ANNOUNCEMENT, "UTF-8"),
                        "En retard : attendu au plus tard le " + WrittenDates.day(due, Locale.FRENCH));
        fire(labelled, ProcessVariables.TIMER_OBLIGATION_DUE);
        MimeMessage reminded = last(takingEmail);
        assertThat(reminded.getSubject()).contains("Vos engagements pour « Nuit des étoiles labellisée »");
        assertThat(part(reminded, "text/plain")).contains(ANNOUNCEMENT);
        fire(labelled, ProcessVariables.TIMER_OBLIGATION_LATE);
        MimeMessage followUpTold = last(call.getContactEmail());
        assertThat(followUpTold.getSubject()).contains("Obligation en retard", labelled.getReference());
        String late = "/coordination/dossiers?appel=" + call.getId() + "&obligations=en-retard";
        assertThat(coordinator.get(late).body()).contains(labelled.getReference());
        List<Map.Entry<String, String>> evidence = token(holder.get("/suivi").body());
        evidence.add(Map.entry("text", "Annoncée le 20 septembre dans l'agenda du réseau, rubrique astronomie."));
        assertThat(holder.postMultipart("/suivi/obligations/1", evidence, List.of())
                        .statusCode())
                .isEqualTo(303);
        assertThat(coordinator.get(late).body()).doesNotContain(labelled.getReference());

        // The day after the event the report is asked; a week later the holder is reminded, then gives it.
        fire(labelled, ProcessVariables.TIMER_EVENT_PASSED);
        fire(labelled, "Event_DayAfterEvent");
        assertThat(last(takingEmail).getSubject()).contains("bilan");
        fire(labelled, "BoundaryEvent_ReportReminderDue");
        MimeMessage reportReminder = last(takingEmail);
        assertThat(reportReminder.getSubject()).contains("bilan");
        assertThat(smtp.getReceivedMessagesForDomain(takingEmail))
                .extracting(MimeMessage::getSubject)
                .filteredOn(subject -> subject.contains("bilan"))
                .hasSize(2);
        List<Map.Entry<String, String>> report = token(holder.get("/suivi").body());
        report.add(Map.entry("attendance-0", "140"));
        report.add(Map.entry("pupils-0", "0"));
        report.add(Map.entry("classes-0", "0"));
        report.add(Map.entry("publics", "FAMILIES"));
        report.add(Map.entry("partners", "Laboratoire d'astrophysique de Bordeaux"));
        report.add(Map.entry("account", "Une soirée claire, quatre télescopes, une astronome du laboratoire."));
        assertThat(holder.postMultipart("/suivi/bilan", report, List.of()).statusCode())
                .isEqualTo(303);
        assertThat(holder.get("/suivi").body()).contains("Bilan reçu le");
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(labelled.getProcessInstanceId())
                        .activityId("EndEvent_ProposalPublished")
                        .finished()
                        .count())
                .as("report in, obligation met: the case ends, programmed")
                .isOne();
    }

    /** The last mail {@code address} received. */
    MimeMessage last(String address) {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
        assertThat(received).isNotEmpty();
        return received[received.length - 1];
    }

    /**
     * Fires the timer the proposal's lifecycle waits on at {@code activityId}, whatever its due date, then its jobs.
     */
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
}
