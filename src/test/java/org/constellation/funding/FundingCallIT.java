package org.constellation.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.PortalClient;
import org.constellation.call.Call;
import org.constellation.privacy.HolderExportRegister;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.security.StaffAccessSetup;
import org.constellation.subsidy.FundingIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 32, parts 1 and 2, over HTTP on PostgreSQL. A coordinator makes an open call fund projects on its page: an
 * envelope of 30 000 €, 10 000 € at most a project, half its eligible expenses, three categories; a wrong SIRET and a
 * share above 100 % are refused in words beside their fields, what was typed kept. An applicant's unbalanced budget is
 * refused in words on the public form, its values kept; another asks more than the ceiling and is refused; the first,
 * balanced, is taken: stored in cents, shown on the case page in French to the coordinator and the reviewer, and in the
 * holder's data, file and page.
 */
class FundingCallIT extends FundingIntegrationTest {

    static final String PASSWORD = "Budget-Equilibre-2026!";
    static final String COORDINATOR = "coordfunding";
    static final String REVIEWER = "relecteurfunding";
    static final List<String> CATEGORIES =
            List.of("Rémunération des intervenants", "Location de matériel", "Communication");

    @Autowired
    ProposalRepository proposals;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void team() {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Maëlle Trésor");
        teamMember(REVIEWER, PASSWORD, StaffAccessSetup.REVIEWERS, "Yanis Relecteur");
    }

    /** « Financement des projets » as the coordinator fills it, in French. */
    static Map<String, String> funding() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("funding", "on");
        values.put("fundingEnvelope", "30 000");
        values.put("fundingCeiling", "10000 €");
        values.put("fundingLargestShare", "50");
        values.put("fundingCategories", String.join("\n", CATEGORIES));
        values.put("fundingAdvanceShare", "50");
        values.put("fundingReportMonths", "6");
        values.put("fundingAgreementThreshold", "23 000");
        values.put("fundingFunderName", "Grenoble-Alpes Métropole");
        values.put("fundingFunderSiret", "356 000 000 00048");
        return values;
    }

    /** A budget as the applicant types it: by category, the amount asked, the Région asked, own funds, a room lent. */
    static List<Map.Entry<String, String>> budget(String asked, String ownFunds) {
        return List.of(
                Map.entry("siret", "732 829 320 00074"),
                Map.entry("budgetExpense1", "12 000"),
                Map.entry("budgetExpense2", "6000"),
                Map.entry("budgetExpense3", "2 000,00 €"),
                Map.entry("budgetOtherExpenses", ""),
                Map.entry("budgetAsked", asked),
                Map.entry("budgetFunder1Name", "Région Auvergne-Rhône-Alpes"),
                Map.entry("budgetFunder1Amount", "6 000"),
                Map.entry("budgetFunder1Status", "ASKED"),
                Map.entry("budgetFunder2Name", ""),
                Map.entry("budgetFunder2Amount", ""),
                Map.entry("budgetOwnFunds", ownFunds),
                Map.entry("budgetInKind1Description", "Salle prêtée par la mairie de Meylan"),
                Map.entry("budgetInKind1Amount", "500"));
    }

    /** The public form filled from {@code page} (the blank form, or the one that refused it) as an applicant does. */
    static HttpResponse<String> apply(
            PortalClient applicant, Call call, String page, String email, String asked, String ownFunds)
            throws Exception {
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page));
        form.addAll(validProposal("Planétarium itinérant", email));
        form.addAll(budget(asked, ownFunds));
        return applicant.post("/appels/" + call.getSlug() + "/proposer", form);
    }

    @Test
    void aCoordinatorMakesACallFundProjectsAndEachBudgetIsCheckedInWords() throws Exception {
        Call call = openCall();
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.32.0.1", COORDINATOR, PASSWORD);

        // A wrong SIRET and a share above 100 % are refused beside their fields, in words; what was typed stays.
        Map<String, String> wrong = funding();
        wrong.put("fundingLargestShare", "150 %");
        wrong.put("fundingFunderSiret", "356 000 000 00049");
        HttpResponse<String> refused = save(coordinator, call, wrong);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "Financeur : son numéro SIRET : un numéro SIRET valide : 14 chiffres, dont le dernier est une"
                                + " clé de contrôle",
                        "Part maximale des dépenses éligibles d’un projet (%) : un pourcentage entier, de 0 à 100",
                        "href=\"#f-fundingFunderSiret\"",
                        "value=\"356 000 000 00049\"",
                        "value=\"150 %\"",
                        "value=\"30 000\"");
        assertThat(calls.findWholeById(call.getId()).orElseThrow().funds()).isFalse();

        // Set right: kept in cents, shown back in French, said in the change log; a change of the open call's rules.
        assertThat(save(coordinator, call, funding()).statusCode()).isEqualTo(303);
        Call funding = calls.findWholeById(call.getId()).orElseThrow();
        assertThat(funding.funds()).isTrue();
        assertThat(funding.getFunding().getEnvelope()).isEqualTo(3_000_000);
        assertThat(funding.getFunding().getCeiling()).isEqualTo(1_000_000);
        assertThat(funding.getFunding().getFunderSiret()).isEqualTo("35600000000048");
        assertThat(funding.getFundingCategories()).isEqualTo(CATEGORIES);
        assertThat(funding.getRulesVersion()).isGreaterThan(call.getRulesVersion());
        assertThat(coordinator.get("/coordination/appels/" + call.getId()).body())
                .contains(
                        "Financement des projets",
                        "value=\"30\u202F000\"",
                        "Enveloppe : montant total disponible (€) : — → " + euros(3_000_000),
                        "Plafond par projet (€) : — → " + euros(1_000_000));

        // The public form asks for the budget by the call's categories and says the call's limits.
        PortalClient applicant = new PortalClient(port, "10.32.0.2");
        String path = "/appels/" + call.getSlug() + "/proposer";
        String form = applicant.get(path).body();
        assertThat(form)
                .contains(
                        "Budget prévisionnel du projet",
                        "au plus 50 % des dépenses éligibles d’un projet, et " + euros(1_000_000) + " par projet",
                        "Rémunération des intervenants",
                        "Location de matériel",
                        "Numéro SIRET de la structure",
                        "Contributions en nature");
        timeToFillTheForm();

        // 20 500 € of expenses, a room lent among them, for 17 500 € of resources: refused in words, values kept.
        String email = "budget-" + call.getId() + "@example.org";
        HttpResponse<String> unbalanced = apply(applicant, call, form, email, "8 000", "3 000");
        assertThat(unbalanced.statusCode()).isEqualTo(422);
        assertThat(unbalanced.body())
                .contains(
                        "le budget n’est pas équilibré : " + euros(2_050_000) + " de dépenses pour " + euros(1_750_000)
                                + " de ressources",
                        "href=\"#f-budgetBalance\"",
                        "value=\"12 000\"",
                        "value=\"2 000,00 €\"",
                        "value=\"Salle prêtée par la mairie de Meylan\"")
                .containsPattern("name=\"budgetFunder1Status\"\\s+value=\"ASKED\"\\s+checked");
        assertThat(proposals.findByContactEmailIgnoreCase(email)).isEmpty();

        // Another asks 12 000 €, above the ceiling: refused beside the amount asked.
        PortalClient greedy = new PortalClient(port, "10.32.0.3");
        String greedyForm = greedy.get(path).body();
        timeToFillTheForm();
        HttpResponse<String> aboveCeiling =
                apply(greedy, call, greedyForm, "ceiling-" + call.getId() + "@example.org", "12 000", "2 000");
        assertThat(aboveCeiling.statusCode()).isEqualTo(422);
        assertThat(aboveCeiling.body())
                .contains(
                        "vous demandez " + euros(1_200_000) + ", au-delà du plafond de l’appel : " + euros(1_000_000)
                                + " par projet.",
                        "href=\"#f-budgetAsked\"");

        // The first, balanced with 6 000 € of its own funds, sent again from the page that refused it: taken.
        HttpResponse<String> taken = apply(applicant, call, unbalanced.body(), email, "8 000", "6 000");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(303);
        runJobs();
        Proposal proposal = proposals.findByContactEmailIgnoreCase(email).get(0);
        assertThat(jdbc.queryForList(
                        "select kind || ':' || coalesce(label, '') || ':' || amount || ':' || coalesce(cast(obtained as"
                                + " varchar), '') from proposal_budget_line where proposal_id = ? order by position",
                        String.class,
                        proposal.getId()))
                .containsExactly(
                        "EXPENSE:Rémunération des intervenants:1200000:",
                        "EXPENSE:Location de matériel:600000:",
                        "EXPENSE:Communication:200000:",
                        "OTHER_EXPENSES::0:",
                        "ASKED::800000:",
                        "FUNDER:Région Auvergne-Rhône-Alpes:600000:false",
                        "OWN_FUNDS::600000:",
                        "IN_KIND:Salle prêtée par la mairie de Meylan:50000:");
        assertThat(jdbc.queryForObject(
                        "select o.siret from organisation o join proposal p on p.organisation_id = o.id where p.id = ?",
                        String.class,
                        proposal.getId()))
                .isEqualTo("73282932000074");

        // The case page shows it in French, to the coordinator and to the call's reviewer.
        String casePath = "/coordination/dossiers/" + proposal.getId();
        List<String> shown = List.of(
                "Budget prévisionnel",
                "SIRET de la structure : 732 829 320 00074",
                "Rémunération des intervenants",
                euros(1_200_000),
                "En nature : Salle prêtée par la mairie de Meylan",
                "Région Auvergne-Rhône-Alpes, aide demandée",
                "Total des dépenses",
                euros(2_050_000),
                "Budget équilibré.",
                euros(800_000) + " demandés, soit 40 % des dépenses éligibles ; l’appel finance au plus 50 % et "
                        + euros(1_000_000) + " par projet.");
        assertThat(coordinator.get(casePath).body()).contains(shown).doesNotContain("8000.00", "800000");
        PortalClient reviewer = PortalClient.signedInToTasklist(port, "10.32.0.4", REVIEWER, PASSWORD);
        assertThat(reviewer.get(casePath).body()).contains(shown);

        // The holder's data holds the budget, in the file (euros) and on its page (in their words).
        JsonNode export = new ObjectMapper()
                .readTree(coordinator
                        .get("/coordination/dossiers/" + proposal.getId() + "/donnees.json")
                        .body());
        assertThat(export.at("/budget/asked").decimalValue()).isEqualByComparingTo("8000");
        assertThat(export.at("/budget/totalResources").decimalValue()).isEqualByComparingTo("20500");
        PortalClient holder = holder(email, "10.32.0.5");
        JsonNode own =
                new ObjectMapper().readTree(holder.get("/suivi/donnees.json").body());
        String page = holder.get("/suivi/donnees").body();
        assertThat(page).contains("Votre budget prévisionnel", euros(800_000), "Région Auvergne-Rhône-Alpes");
        for (HolderExportRegister.Row row : HolderExportRegister.rows()) {
            if (row.path() != null && row.path().startsWith("/budget/")) {
                List<String> held = HolderExportRegister.texts(own, row.path());
                assertThat(held).as(row.column() + " in the file").isNotEmpty();
                held.forEach(text -> assertThat(page)
                        .as(row.column() + " on the page")
                        .contains(HtmlUtils.htmlEscape(text, "UTF-8")));
            }
        }
    }
}
