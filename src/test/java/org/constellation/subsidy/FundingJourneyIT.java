package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.HistoryService;
import org.constellation.PortalClient;
import org.constellation.call.Call;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.security.StaffAccessSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 32's acceptance, over HTTP on PostgreSQL, as the people of a funding call live it. A coordinator makes a call
 * fund projects from an envelope of 30 000 € (at most 25 000 € and half the eligible expenses of a project, 40 % in
 * advance). Applicants send their budgets on the public form: one unbalanced, refused in words, then sent right; one
 * above the ceiling, refused, then asking less; a third. Found eligible, they wait for their subsidy: two are awarded,
 * the third is refused because it would pass the envelope. The award above 23 000 € gets its agreement, whose PDF is
 * read back, accepted through its single-use link; the finance department confirms the advance; after the project the
 * holder gives the final report, which is sent back once, then approved; the balance is reduced to the call's share of
 * the expenses realised. The season's awards are then read as open data, field by field.
 */
class FundingJourneyIT extends FundingIntegrationTest {

    static final String PASSWORD = "Parcours-Finance-2027!";
    static final String COORDINATOR = "coordjourneyfunds";
    static final String REVIEWER = "revjourneyfunds";
    static final String FINANCE = "finjourneyfunds";
    static final String FUNDER_SIRET = "35600000000048";
    static final String HOLDER_SIRET = "73282932000074";
    static final Pattern AGREEMENT_LINK = Pattern.compile("/suivi/convention/([A-Za-z0-9_-]{43})");

    @Autowired
    ProposalRepository proposals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    @BeforeEach
    void team() {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Claire Dumas");
        teamMember(REVIEWER, PASSWORD, StaffAccessSetup.REVIEWERS, "Paul Girard");
        teamMember(FINANCE, PASSWORD, StaffAccessSetup.FINANCE, "Nadia Roche");
    }

    /** « Financement des projets » as the coordinator fills it in French. */
    static Map<String, String> funding() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("funding", "on");
        values.put("fundingEnvelope", "30 000 €");
        values.put("fundingCeiling", "25 000");
        values.put("fundingLargestShare", "50");
        values.put(
                "fundingCategories",
                String.join("\n", "Rémunération des intervenants", "Location de matériel", "Communication"));
        values.put("fundingAdvanceShare", "40");
        values.put("fundingReportMonths", "6");
        values.put("fundingAgreementThreshold", "23 000");
        values.put("fundingFunderName", "Grenoble-Alpes Métropole");
        values.put("fundingFunderSiret", "356 000 000 00048");
        return values;
    }

    /**
     * A budget as an applicant types it: the three categories' expenses, the amount asked, the Région asked for
     * {@code region} (none when blank), their own funds, a room lent by the town for the first project.
     */
    static List<Map.Entry<String, String>> budget(List<String> expenses, String asked, String region, String own) {
        boolean room = "24 000".equals(asked);
        List<Map.Entry<String, String>> typed = new ArrayList<>(List.of(
                Map.entry("siret", "732 829 320 00074"),
                Map.entry("budgetExpense1", expenses.get(0)),
                Map.entry("budgetExpense2", expenses.get(1)),
                Map.entry("budgetExpense3", expenses.get(2)),
                Map.entry("budgetOtherExpenses", ""),
                Map.entry("budgetAsked", asked),
                Map.entry("budgetFunder1Name", region.isBlank() ? "" : "Région Auvergne-Rhône-Alpes"),
                Map.entry("budgetFunder1Amount", region),
                Map.entry("budgetFunder2Name", ""),
                Map.entry("budgetFunder2Amount", ""),
                Map.entry("budgetOwnFunds", own),
                Map.entry("budgetInKind1Description", room ? "Salle prêtée par la mairie de Meylan" : ""),
                Map.entry("budgetInKind1Amount", room ? "500" : "")));
        // The radio button of a funder's support is ticked only for a funder named.
        if (!region.isBlank()) {
            typed.add(Map.entry("budgetFunder1Status", "ASKED"));
        }
        return typed;
    }

    /** The public form filled from {@code page} (the blank form, or the one that refused it), sent after a moment. */
    HttpResponse<String> apply(
            PortalClient applicant,
            Call call,
            String page,
            String title,
            String email,
            List<Map.Entry<String, String>> b)
            throws Exception {
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page));
        form.addAll(validProposal(title, email));
        form.addAll(b);
        timeToFillTheForm();
        return applicant.post("/appels/" + call.getSlug() + "/proposer", form);
    }

    Proposal submitted(String email) {
        runJobs();
        return proposals.findByContactEmailIgnoreCase(email).get(0);
    }

    /** The one task of the proposal's lifecycle at {@code key}, as the engine's REST API lists it. */
    String taskId(Proposal proposal, String key, String user) throws Exception {
        HttpResponse<String> found = rest(user, PASSWORD)
                .send(
                        "GET",
                        "/task?processInstanceId=" + proposal.getProcessInstanceId() + "&taskDefinitionKey=" + key
                                + "&maxResults=5",
                        null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode tasks = new ObjectMapper().readTree(found.body());
        assertThat(tasks).as(key + " for " + proposal.getReference()).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    /** {@code user} takes the task at {@code key} in Tasklist and completes its form with {@code values}. */
    HttpResponse<String> complete(Proposal proposal, String key, String user, Map<String, Object> values)
            throws Exception {
        String task = taskId(proposal, key, user);
        HttpResponse<String> claimed =
                rest(user, PASSWORD).send("POST", "/task/" + task + "/claim", "{\"userId\":\"" + user + "\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        HttpResponse<String> sent =
                rest(user, PASSWORD).send("POST", "/task/" + task + "/submit-form", variables(values));
        runJobs();
        return sent;
    }

    /** A decision on the awards page, then the steps it started (its mail, the agreement's). */
    HttpResponse<String> award(
            PortalClient coordinator, String page, Proposal proposal, String amount, String conditions)
            throws Exception {
        HttpResponse<String> sent = decide(coordinator, page, proposal, "AWARD", amount, "", conditions);
        runJobs();
        return sent;
    }

    static List<Map.Entry<String, String>> finalReport(String page, String activity, List<String> realised) {
        List<Map.Entry<String, String>> form = token(page);
        form.add(Map.entry("activity", activity));
        for (int i = 0; i < realised.size(); i++) {
            form.add(Map.entry("realised-" + i, realised.get(i)));
        }
        return form;
    }

    long payment(Proposal proposal, String kind) {
        return jdbc.queryForObject(
                "select amount from funding_payment where proposal_id = ? and kind = ?",
                Long.class,
                proposal.getId(),
                kind);
    }

    @Test
    void aFundingCallFromItsSetUpToItsOpenData() throws Exception {
        Call call = openCall(settings -> {});
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.32.9.1", COORDINATOR, PASSWORD);

        // The coordinator makes the call fund projects: kept, and said in the call's change log in words.
        assertThat(save(coordinator, call, funding()).statusCode()).isEqualTo(303);
        assertThat(calls.findWholeById(call.getId()).orElseThrow().funds()).isTrue();
        assertThat(coordinator.get("/coordination/appels/" + call.getId()).body())
                .contains("Enveloppe : montant total disponible (€) : — → " + euros(3_000_000));

        // An unbalanced budget is refused in words, every value kept; sent balanced, it is taken.
        PortalClient first = new PortalClient(port, "10.32.9.2");
        String path = "/appels/" + call.getSlug() + "/proposer";
        String firstEmail = "planetarium-" + call.getId() + "@example.org";
        List<String> firstExpenses = List.of("30 000", "14 000", "6 000");
        HttpResponse<String> unbalanced = apply(
                first,
                call,
                first.get(path).body(),
                "Planétarium itinérant",
                firstEmail,
                budget(firstExpenses, "24 000", "10 000", "10 000"));
        assertThat(unbalanced.statusCode()).isEqualTo(422);
        assertThat(unbalanced.body())
                .contains(
                        "le budget n’est pas équilibré : " + euros(5_050_000) + " de dépenses pour " + euros(4_450_000)
                                + " de ressources",
                        "href=\"#f-budgetBalance\"",
                        "value=\"30 000\"");
        assertThat(apply(
                                first,
                                call,
                                unbalanced.body(),
                                "Planétarium itinérant",
                                firstEmail,
                                budget(firstExpenses, "24 000", "10 000", "16 000"))
                        .statusCode())
                .isEqualTo(303);
        Proposal planetarium = submitted(firstEmail);

        // Above the ceiling: refused beside the amount asked; asking less, it is taken.
        PortalClient second = new PortalClient(port, "10.32.9.3");
        String secondEmail = "fusees-" + call.getId() + "@example.org";
        List<String> secondExpenses = List.of("30 000", "24 000", "6 000");
        HttpResponse<String> aboveCeiling = apply(
                second,
                call,
                second.get(path).body(),
                "Atelier fusées à eau",
                secondEmail,
                budget(secondExpenses, "26 000", "10 000", "24 000"));
        assertThat(aboveCeiling.statusCode()).isEqualTo(422);
        assertThat(aboveCeiling.body())
                .contains(HtmlUtils.htmlEscape(
                        "vous demandez " + euros(2_600_000) + ", au-delà du plafond de l’appel : " + euros(2_500_000)
                                + " par projet.",
                        "UTF-8"));
        assertThat(apply(
                                second,
                                call,
                                aboveCeiling.body(),
                                "Atelier fusées à eau",
                                secondEmail,
                                budget(secondExpenses, "5 000", "10 000", "45 000"))
                        .statusCode())
                .isEqualTo(303);
        Proposal rockets = submitted(secondEmail);

        PortalClient third = new PortalClient(port, "10.32.9.4");
        String thirdEmail = "nuit-" + call.getId() + "@example.org";
        assertThat(apply(
                                third,
                                call,
                                third.get(path).body(),
                                "Nuit des étoiles au parc",
                                thirdEmail,
                                budget(List.of("4 000", "2 000", "2 000"), "4 000", "", "4 000"))
                        .statusCode())
                .isEqualTo(303);
        Proposal night = submitted(thirdEmail);

        // The reviewer finds the three eligible in Tasklist: each then waits for its subsidy.
        for (Proposal proposal : List.of(planetarium, rockets, night)) {
            assertThat(complete(
                                    proposal,
                                    "Task_CheckEligibility",
                                    REVIEWER,
                                    Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"))
                            .statusCode())
                    .isEqualTo(204);
        }

        // Two awards; the third would pass the envelope, and is refused in words saying what is left.
        String awardsPath = "/coordination/financement?appel=" + call.getId();
        String awardsPage = coordinator.get(awardsPath).body();
        assertThat(award(coordinator, awardsPage, planetarium, "24 000", "Le logo de la Métropole.")
                        .statusCode())
                .isEqualTo(303);
        assertThat(award(coordinator, coordinator.get(awardsPath).body(), rockets, "5 000", "")
                        .statusCode())
                .isEqualTo(303);
        HttpResponse<String> beyond =
                award(coordinator, coordinator.get(awardsPath).body(), night, "4 000", "");
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.body())
                .contains("l’enveloppe de l’appel serait dépassée : il reste " + euros(100_000) + " sur "
                        + euros(3_000_000));
        assertThat(jdbc.queryForObject(
                        "select sum(amount) from funding_award where call_id = ?", Long.class, call.getId()))
                .isEqualTo(2_900_000);
        assertThat(part(lastMail(secondEmail), "text/plain").replaceAll("[\\s\\u00A0\\u202F]+", " "))
                .contains("une subvention de 5 000 €", "Une avance de 40 % de la subvention, soit 2 000 €");

        // The open data file already lists the two awards, nothing paid yet (read again below, once paid).
        String beforePayments = new PortalClient(port, "10.32.9.8")
                .get("/donnees/" + call.getSeason().getSlug() + "/subventions.csv")
                .body();
        assertThat(beforePayments).contains("Planétarium itinérant", "Atelier fusées à eau", "24000.00");

        // Above 23 000 €, the agreement: its PDF read back, accepted once through its single-use link.
        MimeMessage agreementMail = lastMail(firstEmail);
        assertThat(agreementMail.getSubject())
                .contains("La convention de votre subvention pour « Planétarium itinérant »");
        String agreement = pdfText(attachment(agreementMail, AgreementDocuments.FILE_NAME));
        String reference = jdbc.queryForObject(
                "select reference from funding_award where proposal_id = ?", String.class, planetarium.getId());
        assertThat(agreement)
                .contains(
                        "Convention de subvention",
                        "Grenoble-Alpes Métropole, ci-après « le financeur »",
                        "SIRET : 356 000 000 00048",
                        "SIRET : 732 829 320 00074",
                        "Planétarium itinérant",
                        "24 000 €",
                        "vingt-quatre mille euros",
                        "9 600 €",
                        reference);
        Matcher link = AGREEMENT_LINK.matcher(text(agreementMail.getContent()));
        assertThat(link.find()).isTrue();
        PortalClient fromTheMail = new PortalClient(port, "10.32.9.5");
        String accept = fromTheMail.get("/suivi/convention/" + link.group(1)).body();
        assertThat(accept).contains("J’accepte la convention");
        List<Map.Entry<String, String>> accepting = token(accept);
        accepting.add(Map.entry("token", link.group(1)));
        assertThat(fromTheMail.post("/suivi/convention/accepter", accepting).statusCode())
                .isEqualTo(303);
        runJobs();
        assertThat(fromTheMail.post("/suivi/convention/accepter", accepting).statusCode())
                .as("a link serves once")
                .isEqualTo(410);

        // The finance department confirms the advance: 40 % of 24 000 €.
        assertThat(complete(planetarium, "Task_ConfirmAdvance", FINANCE, Map.of("paymentReference", "M-2027-401"))
                        .statusCode())
                .isEqualTo(204);
        assertThat(payment(planetarium, "ADVANCE")).isEqualTo(960_000);

        // After the project the final report is asked; 34 000 € spent of 50 000 € forecast.
        fire(planetarium, "Event_ProjectEnded");
        assertThat(lastMail(firstEmail).getSubject()).contains("Le rapport final de « Planétarium itinérant »");
        PortalClient holder = holder(firstEmail, "10.32.9.6");
        assertThat(holder.get("/suivi").body())
                .contains(
                        "Votre subvention",
                        reference,
                        "Votre convention de subvention",
                        "Le rapport final de votre projet");
        List<String> realised = List.of("20 000", "10 000", "4 000");
        String activity = "Douze séances dans huit communes, six cents élèves sous la coupole.";
        assertThat(holder.post(
                                "/suivi/rapport-final",
                                finalReport(holder.get("/suivi/rapport-final").body(), activity, realised))
                        .statusCode())
                .isEqualTo(303);

        // Sent back once with a reason the holder reads, given again, approved.
        String reason = "Joignez le détail des dépenses de communication, s'il vous plaît.";
        assertThat(complete(
                                planetarium,
                                "Task_ReviewFinalReport",
                                REVIEWER,
                                Map.of("finalReportVerdict", "SENT_BACK", "finalReportReason", reason))
                        .statusCode())
                .isEqualTo(204);
        assertThat(text(lastMail(firstEmail).getContent())).contains(reason);
        assertThat(holder.get("/suivi/rapport-final").body()).contains(HtmlUtils.htmlEscape(reason, "UTF-8"));
        assertThat(holder.post(
                                "/suivi/rapport-final",
                                finalReport(
                                        holder.get("/suivi/rapport-final").body(),
                                        activity + " Détail joint : affiches et programme, 4 000 €.",
                                        realised))
                        .statusCode())
                .isEqualTo(303);
        assertThat(complete(planetarium, "Task_ReviewFinalReport", REVIEWER, Map.of("finalReportVerdict", "APPROVED"))
                        .statusCode())
                .isEqualTo(204);

        // The balance, reduced: half of 34 000 € realised is 17 000 €, less the advance of 9 600 €.
        assertThat(complete(planetarium, "Task_ConfirmBalance", FINANCE, Map.of("paymentReference", "M-2028-077"))
                        .statusCode())
                .isEqualTo(204);
        assertThat(payment(planetarium, "BALANCE")).isEqualTo(740_000);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(planetarium.getProcessInstanceId())
                        .activityId("EndEvent_FundingSettled")
                        .finished()
                        .count())
                .isOne();

        // The season's awards as open data, written again since: one line each, field by field; the refused third
        // nowhere.
        HttpResponse<String> file = new PortalClient(port, "10.32.9.7")
                .get("/donnees/" + call.getSeason().getSlug() + "/subventions.csv");
        assertThat(file.statusCode()).isEqualTo(200);
        List<CSVRecord> lines = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(file.body()))
                .getRecords();
        assertThat(file.body())
                .startsWith("nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
                        + "idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,"
                        + "notificationUE,pourcentageSubvention");
        String today = LocalDate.now(PARIS).toString();
        CSVRecord planetariumLine = lines.stream()
                .filter(line -> line.get("objet").equals("Planétarium itinérant"))
                .findFirst()
                .orElseThrow();
        assertThat(planetariumLine.toMap())
                .containsEntry("nomAttribuant", "Grenoble-Alpes Métropole")
                .containsEntry("idAttribuant", FUNDER_SIRET)
                .containsEntry("dateConvention", today)
                .containsEntry("referenceDecision", reference)
                .containsEntry("nomBeneficiaire", "Club d'astronomie <Orion>")
                .containsEntry("idBeneficiaire", HOLDER_SIRET)
                .containsEntry("montant", "24000.00")
                .containsEntry("nature", "aide en numéraire")
                .containsEntry("conditionsVersement", "échelonné")
                .containsEntry("datesPeriodeVersement", today)
                .containsEntry("idRAE", "")
                .containsEntry("notificationUE", "non")
                .containsEntry("pourcentageSubvention", "1.00");
        CSVRecord rocketsLine = lines.stream()
                .filter(line -> line.get("objet").equals("Atelier fusées à eau"))
                .findFirst()
                .orElseThrow();
        assertThat(rocketsLine.get("montant")).isEqualTo("5000.00");
        assertThat(rocketsLine.get("dateConvention"))
                .as("no agreement: the decision's day")
                .isEqualTo(today);
        assertThat(rocketsLine.get("datesPeriodeVersement"))
                .as("nothing paid yet: the period the payments are planned in")
                .startsWith(today + "/");
        assertThat(lines).extracting(line -> line.get("objet")).doesNotContain("Nuit des étoiles au parc");
        assertThat(file.body()).doesNotContain("Alice Martin", firstEmail);
    }
}
