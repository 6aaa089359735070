package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.constellation.Browsers;
import org.constellation.PortalClient;
import org.constellation.call.Call;
import org.constellation.call.CallObligation;
import org.constellation.call.Funding;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.WrittenDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 32, part 4, over HTTP on PostgreSQL. A funding call awards 25 000 € to a project, above the 23 000 € threshold:
 * its lifecycle sends the agreement, whose PDF (read with PDFBox) names the parties and their SIRETs, the amount in
 * figures and in words, the payments, the obligations, the final report's due day, the conditions, the reference and
 * the call's clauses. The holder accepts it once through the single-use link of the mail (a second use, and the link
 * afterwards, say in words that nothing was done), and the lifecycle goes on past « Attendre la convention acceptée »;
 * the tracking page, the case page, its story and the holder's data say when and how. Another holder, reminded, uploads
 * the signed copy on their tracking page after a file that is no PDF was refused in words; a third one's copy, received
 * by post, is recorded by the team on the case page. The pages that show it pass axe-core.
 */
class AgreementIT extends FundingIntegrationTest {

    static final String PASSWORD = "Convention-Signee-2027!";
    static final String COORDINATOR = "coordagreement";
    static final List<String> CATEGORIES =
            List.of("Rémunération des intervenants", "Location de matériel", "Communication");
    static final String CONDITIONS = "Un bilan public de l'événement, ouvert à tous.";
    static final String CLAUSES = "Le logo de la Métropole figure sur chaque support du projet.";
    static final String TITLE = "Planétarium itinérant";
    static final Pattern TRACKING_LINK = Pattern.compile("/suivi/([A-Za-z0-9_-]{43})");
    static final Pattern AGREEMENT_LINK = Pattern.compile("/suivi/convention/([A-Za-z0-9_-]{43})");
    static final String LINK_USED =
            "Il a déjà servi ou a expiré, ou la convention est déjà acceptée : rien n’a été fait.";

    @Autowired
    ProposalRepository proposals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @BeforeEach
    void team() {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Agathe Marchand");
    }

    static String today() {
        return WrittenDates.day(LocalDate.now(PARIS), Locale.FRENCH);
    }

    /** A proposal awarded 25 000 €, its agreement mailed, and its holder on their tracking page. */
    record Awarded(Proposal proposal, String instance, PortalClient holder, String email) {}

    /**
     * An open call that funds: 40 % in advance, the final report six months after the project, an article asked 21 days
     * before the event, its own clause; a project applies with a budget of 54 000 € of eligible expenses and asks 25
     * 000 €, which a coordinator awards (the awards' row, as their page records it); its lifecycle is moved to «
     * Envoyer la convention », as the funding phase would after « Convention requise ? ».
     */
    Awarded awarded(String name, String address) throws Exception {
        Call call = openCall(settings -> {
            settings.getFunding()
                    .set(
                            true,
                            10_000_000L,
                            4_000_000L,
                            50,
                            40,
                            Period.ofMonths(6),
                            Funding.AGREEMENT_THRESHOLD,
                            false,
                            "Grenoble-Alpes Métropole",
                            "35600000000048");
            settings.getFunding().setAgreementClauses(CLAUSES);
            settings.setFundingCategories(CATEGORIES);
            settings.setObligations(List.of(new CallObligation(
                    "Un article sur Echosciences", CallObligation.Kind.ARTICLE, 21, CallObligation.Relative.BEFORE)));
        });
        String email = name + "-" + call.getId() + "@example.org";
        PortalClient holder = new PortalClient(port, address);
        String form = holder.get("/appels/" + call.getSlug() + "/proposer").body();
        timeToFillTheForm();
        List<Map.Entry<String, String>> values = new ArrayList<>(PortalClient.hiddenFields(form));
        values.addAll(validProposal(TITLE, email));
        values.addAll(List.of(
                Map.entry("siret", "732 829 320 00074"),
                Map.entry("budgetExpense1", "30 000"),
                Map.entry("budgetExpense2", "18 000"),
                Map.entry("budgetExpense3", "6 000"),
                Map.entry("budgetOtherExpenses", ""),
                Map.entry("budgetAsked", "25 000"),
                Map.entry("budgetFunder1Name", "Région Auvergne-Rhône-Alpes"),
                Map.entry("budgetFunder1Amount", "10 000"),
                Map.entry("budgetFunder1Status", "ASKED"),
                Map.entry("budgetFunder2Name", ""),
                Map.entry("budgetFunder2Amount", ""),
                Map.entry("budgetOwnFunds", "19 000"),
                Map.entry("budgetInKind1Description", "Salle prêtée par la mairie"),
                Map.entry("budgetInKind1Amount", "500")));
        HttpResponse<String> submitted = holder.post("/appels/" + call.getSlug() + "/proposer", values);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
        runJobs();
        Proposal proposal = proposals.findByContactEmailIgnoreCase(email).get(0);
        Matcher tracking = TRACKING_LINK.matcher(text(smtp.getReceivedMessagesForDomain(email)[0].getContent()));
        assertThat(tracking.find()).isTrue();
        assertThat(holder.get("/suivi/" + tracking.group(1)).statusCode()).isEqualTo(303);

        jdbc.update(
                "insert into funding_award (proposal_id, call_id, amount, asked, reason, conditions, decided_at,"
                        + " decided_by, reference) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                proposal.getId(),
                call.getId(),
                2_500_000L,
                2_500_000L,
                null,
                CONDITIONS,
                OffsetDateTime.now(PARIS),
                COORDINATOR,
                "SUB-IT-" + proposal.getId());
        String instance = proposal.getProcessInstanceId();
        ProcessInstanceModificationBuilder modification =
                runtime.createProcessInstanceModification(instance).startBeforeActivity("Task_SendAgreement");
        // Whatever phase it was in is left, as Cockpit's modification would.
        for (ActivityInstance phase : runtime.getActivityInstance(instance).getChildActivityInstances()) {
            modification.cancelActivityInstance(phase.getId());
        }
        modification.execute();
        runJobs();
        assertThat(waitsForTheAgreement(instance)).isTrue();
        return new Awarded(proposal, instance, holder, email);
    }

    boolean waitsForTheAgreement(String instance) {
        ActivityInstance running = runtime.getActivityInstance(instance);
        return running != null && running.getActivityInstances("Task_AwaitAgreement").length > 0;
    }

    /** The mails to {@code email} that carry the agreement, oldest first. */
    List<MimeMessage> agreementMails(String email) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(email)) {
            if (attachment(message, AgreementDocuments.FILE_NAME) != null) {
                found.add(message);
            }
        }
        return found;
    }

    static String agreementToken(MimeMessage mail) throws Exception {
        Matcher link = AGREEMENT_LINK.matcher(text(mail.getContent()));
        assertThat(link.find()).as("the agreement's single-use link").isTrue();
        return link.group(1);
    }

    @Test
    void theHolderAcceptsTheAgreementOnceThroughItsLink() throws Exception {
        Awarded awarded = awarded("lien", "10.130.0.1");
        String reference = "SUB-IT-" + awarded.proposal().getId();

        // The mail: the amount, the payments, the report's due day, the PDF attached, a single-use link.
        List<MimeMessage> mails = agreementMails(awarded.email());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).contains("La convention de votre subvention pour « " + TITLE + " »");
        assertThat(text(mail.getContent()))
                .contains(
                        "reçoit une subvention de " + euros(2_500_000) + " (décision " + reference + ")",
                        euros(1_000_000) + " à l’acceptation de la convention, puis " + euros(1_500_000),
                        "au plus tard le 12 avril 2028",
                        "Ce lien ne sert qu’une fois et vaut 14 jours.");
        String pdf = pdfText(attachment(mail, AgreementDocuments.FILE_NAME));
        assertThat(pdf)
                .contains(
                        "Convention de subvention",
                        "Décision d'attribution " + reference + " du " + today(),
                        "Grenoble-Alpes Métropole, ci-après « le financeur »",
                        "SIRET : 356 000 000 00048",
                        "Club d'astronomie <Orion>, représenté par la personne habilitée à l'engager",
                        "SIRET : 732 829 320 00074",
                        "Le financeur soutient le projet « " + TITLE + " » (proposition "
                                + awarded.proposal().getReference() + ")",
                        "une subvention de 25 000 € (vingt-cinq mille euros).",
                        "Elle représente 46,3 % des dépenses éligibles du budget prévisionnel (54 000 €).",
                        "Elle ne peut dépasser 50 % des dépenses éligibles réalisées.",
                        "Une avance de 10 000 € (40 % de la subvention), versée à la signature",
                        "le solde, 15 000 €, versé après l'approbation du rapport final",
                        "Un article sur Echosciences, au plus tard 21 jours avant le début",
                        "au plus tard le 12 avril 2028, 6 mois après la fin du projet (12 octobre 2027).",
                        CONDITIONS,
                        CLAUSES,
                        "Le bénéficiaire l'accepte par le lien à usage unique");

        // The link shows the main terms and one button; opening it accepts nothing.
        String token = agreementToken(mail);
        PortalClient fromTheMail = new PortalClient(port, "10.130.0.2");
        HttpResponse<String> page = fromTheMail.get("/suivi/convention/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Votre convention de subvention",
                        euros(2_500_000) + " (vingt-cinq mille euros), soit 46,3 % des dépenses éligibles",
                        euros(1_000_000) + " à l’acceptation de la convention, puis " + euros(1_500_000),
                        "Au plus tard le 12 avril 2028",
                        reference,
                        "J’accepte la convention");
        assertThat(waitsForTheAgreement(awarded.instance())).isTrue();

        // Accepted once: the day and the way kept, the lifecycle past its wait.
        List<Map.Entry<String, String>> accept = token(page.body());
        accept.add(Map.entry("token", token));
        HttpResponse<String> accepted = fromTheMail.post("/suivi/convention/accepter", accept);
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/suivi/convention/acceptee");
        assertThat(fromTheMail.get("/suivi/convention/acceptee").body())
                .contains("Merci : votre acceptation de la convention est enregistrée.");
        assertThat(jdbc.queryForMap(
                        "select accepted_how, signed_on, accepted_at is not null as accepted, signed_copy is null as"
                                + " no_copy from funding_agreement where proposal_id = ?",
                        awarded.proposal().getId()))
                .containsEntry("accepted_how", "LINK")
                .containsEntry("accepted", true)
                .containsEntry("no_copy", true)
                .containsEntry("signed_on", Date.valueOf(LocalDate.now(PARIS)));
        assertThat(waitsForTheAgreement(awarded.instance())).isFalse();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(awarded.instance())
                        .activityId("Task_AwaitAgreement")
                        .finished()
                        .count())
                .isEqualTo(1);

        // A second use, and the link opened again, say in words that nothing was done.
        HttpResponse<String> again = fromTheMail.post("/suivi/convention/accepter", accept);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("Ce lien de confirmation n", LINK_USED);
        HttpResponse<String> reopened = fromTheMail.get("/suivi/convention/" + token);
        assertThat(reopened.statusCode()).isEqualTo(410);
        assertThat(reopened.body()).contains(LINK_USED).doesNotContain("J’accepte la convention");

        // The tracking page says when and how, and the agreement downloaded again says so.
        String tracking = awarded.holder().get("/suivi").body();
        assertThat(tracking)
                .contains("Votre convention de subvention", "Acceptée le " + today() + ", par votre lien.")
                .contains("/suivi/convention-de-subvention.pdf")
                .doesNotContain("M’envoyer un nouveau lien pour l’accepter");
        HttpResponse<byte[]> download = awarded.holder().getBytes("/suivi/convention-de-subvention.pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(pdfText(download.body()))
                .contains("Acceptée par le bénéficiaire le " + today() + ", par son lien à usage unique.");

        // The case page and its story; the holder's data, in the file and on its page.
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.130.0.3", COORDINATOR, PASSWORD);
        String casePage = coordinator
                .get("/coordination/dossiers/" + awarded.proposal().getId())
                .body();
        assertThat(casePage)
                .contains(
                        "Convention de subvention",
                        "par le porteur, par son lien à usage unique.",
                        "Convention acceptée par le porteur, par son lien à usage unique")
                .doesNotContain("Enregistrer une copie signée reçue par courrier");
        JsonNode data = new ObjectMapper()
                .readTree(awarded.holder().get("/suivi/donnees.json").body());
        assertThat(data.at("/agreement/acceptedHow").asText()).isEqualTo("LINK");
        assertThat(data.at("/agreement/signedCopyGiven").asBoolean()).isFalse();
        assertThat(awarded.holder().get("/suivi/donnees").body())
                .contains("Votre convention de subvention", "Acceptée le " + today() + ", par votre lien.");
    }

    @Test
    void aRemindedHolderUploadsTheSignedCopyOnTheirTrackingPage() throws Exception {
        Awarded awarded = awarded("copie", "10.130.1.1");
        PortalClient holder = awarded.holder();

        // A week without an answer: the reminder, with the agreement again and a new link.
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(awarded.instance())
                .activityId("BoundaryEvent_AgreementReminderDue")
                .singleResult()
                .getId());
        runJobs();
        List<MimeMessage> mails = agreementMails(awarded.email());
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).contains("Rappel : la convention de votre subvention");
        assertThat(agreementToken(mails.get(1))).isNotEqualTo(agreementToken(mails.get(0)));
        assertThat(waitsForTheAgreement(awarded.instance())).isTrue();

        // The tracking page shows it, its terms, and how to accept it; a new link is mailed on request.
        String tracking = holder.get("/suivi").body();
        assertThat(tracking)
                .contains(
                        "Votre convention de subvention",
                        "Envoyée le " + today() + " : elle attend votre acceptation.",
                        euros(2_500_000) + " (vingt-cinq mille euros)",
                        "M’envoyer un nouveau lien pour l’accepter",
                        "Ou nous renvoyer la convention signée");
        HttpResponse<String> linkAsked = holder.post("/suivi/convention/lien", token(tracking));
        assertThat(linkAsked.statusCode()).isEqualTo(303);
        runJobs();
        assertThat(agreementMails(awarded.email())).hasSize(3);

        // A file that is no PDF is refused beside its field, the day typed kept; nothing is accepted.
        String day = LocalDate.now(PARIS).toString();
        HttpResponse<String> refused = holder.postMultipart(
                "/suivi/convention/copie-signee",
                withDay(token(holder.get("/suivi").body()), day),
                List.of(new PortalClient.FilePart(
                        "signedCopy", "convention.pdf", "application/pdf", "pas un PDF".getBytes())));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Ce fichier n’est pas un PDF : enregistrez la convention signée en PDF.")
                .contains("value=\"" + day + "\"");
        assertThat(waitsForTheAgreement(awarded.instance())).isTrue();

        // The signed copy, a PDF: the agreement accepted, the copy kept, the lifecycle past its wait.
        byte[] signed = holder.getBytes("/suivi/convention-de-subvention.pdf").body();
        HttpResponse<String> taken = holder.postMultipart(
                "/suivi/convention/copie-signee",
                withDay(token(refused.body()), day),
                List.of(new PortalClient.FilePart("signedCopy", "convention signée.pdf", "application/pdf", signed)));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(303);
        assertThat(jdbc.queryForObject(
                        "select accepted_how from funding_agreement where proposal_id = ?",
                        String.class,
                        awarded.proposal().getId()))
                .isEqualTo("SIGNED_COPY");
        assertThat(waitsForTheAgreement(awarded.instance())).isFalse();
        assertThat(holder.get("/suivi").body())
                .contains("Signée le " + today() + " ; votre copie signée reçue le " + today() + ".")
                .contains("/suivi/convention/copie-signee.pdf");
        assertThat(holder.getBytes("/suivi/convention/copie-signee.pdf").body()).isEqualTo(signed);

        // The links still in the holder's mailbox accept nothing now.
        HttpResponse<String> late =
                new PortalClient(port, "10.130.1.2").get("/suivi/convention/" + agreementToken(mails.get(1)));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains(LINK_USED);
        JsonNode data =
                new ObjectMapper().readTree(holder.get("/suivi/donnees.json").body());
        assertThat(data.at("/agreement/acceptedHow").asText()).isEqualTo("SIGNED_COPY");
        assertThat(data.at("/agreement/signedCopyGiven").asBoolean()).isTrue();
        assertThat(data.at("/agreement/enteredByTheTeam").asBoolean()).isFalse();
    }

    @Test
    void theTeamRecordsASignedCopyReceivedByPost() throws Exception {
        Awarded awarded = awarded("courrier", "10.130.2.1");
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.130.2.2", COORDINATOR, PASSWORD);
        String path = "/coordination/dossiers/" + awarded.proposal().getId();
        String casePage = coordinator.get(path).body();
        assertThat(casePage)
                .contains(
                        "Convention de subvention",
                        "elle attend l’acceptation du porteur, relancé chaque semaine.",
                        "Enregistrer une copie signée reçue par courrier");

        byte[] copy =
                coordinator.getBytes(path + "/convention-de-subvention.pdf").body();
        HttpResponse<String> recorded = coordinator.postMultipart(
                path + "/convention",
                withDay(token(casePage), LocalDate.now(PARIS).toString()),
                List.of(new PortalClient.FilePart("signedCopy", "scan.pdf", "application/pdf", copy)));
        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(waitsForTheAgreement(awarded.instance())).isFalse();
        assertThat(coordinator.get(path).body())
                .contains(
                        "Copie signée enregistrée : la convention est acceptée.",
                        "copie signée reçue par courrier, enregistrée le",
                        "par Agathe Marchand.",
                        "Convention acceptée : copie signée le " + today()
                                + ", reçue par courrier et enregistrée par Agathe Marchand")
                .doesNotContain("Enregistrer une copie signée reçue par courrier");
        assertThat(awarded.holder().get("/suivi").body())
                .contains("Signée le " + today() + " ; votre copie signée, reçue par courrier, enregistrée le");
    }

    /** The pages of the agreement pass axe-core: its link's page, the tracking page and the case page that show it. */
    @Test
    void theAgreementsPagesPassAxe() throws Exception {
        Browsers.requireChromium();
        Awarded awarded = awarded("axe", "10.130.3.1");
        String token = agreementToken(agreementMails(awarded.email()).get(0));
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.130.3.2", COORDINATOR, PASSWORD);
        WebDriver browser = Browsers.open(true);
        try {
            browser.get(url("/assets/portal.css"));
            browser.get(url("/suivi/convention/" + token));
            assertThat(browser.getPageSource()).contains("J’accepte la convention");
            Browsers.assertNoSeriousViolation(browser, "the agreement's link");
            Browsers.carrySession(browser, awarded.holder());
            browser.get(url("/suivi"));
            assertThat(browser.getPageSource()).contains("Ou nous renvoyer la convention signée");
            Browsers.assertNoSeriousViolation(browser, "the tracking page and its agreement");
            Browsers.carrySession(browser, coordinator);
            browser.get(url("/coordination/dossiers/" + awarded.proposal().getId()));
            assertThat(browser.getPageSource()).contains("Enregistrer une copie signée reçue par courrier");
            Browsers.assertNoSeriousViolation(browser, "the case page and its agreement");
        } finally {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static List<Map.Entry<String, String>> withDay(List<Map.Entry<String, String>> token, String day) {
        List<Map.Entry<String, String>> form = new ArrayList<>(token);
        form.add(Map.entry(SignedCopy.SIGNED_ON, day));
        return form;
    }
}
