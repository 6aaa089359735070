package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.call.Call;
import org.constellation.call.Funding;
import org.constellation.privacy.HolderExportRegister;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.CsvTable;
import org.constellation.workflow.ProcessVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 32, parts 5 and 6, on PostgreSQL: a project awarded 10 000 € at 50 % of its eligible expenses, its advance
 * confirmed by the finance department in Tasklist's API (a reviewer refused, a second confirmation refused in words);
 * after the project's end the holder gives the final report on their tracking page (refused first beside its field), it
 * is sent back once with a reason (read in the mail), given again and approved; the balance task shows the balance
 * reduced to the share of the expenses realised; the call's payment list parses as the accounting software reads it,
 * for coordinators and the finance department only, who reads no case. A project withdrawn after its advance: the
 * advance is flagged to recover and the finance department told.
 */
class PaymentsIT extends FundingIntegrationTest {

    static final String PASSWORD = "Versement-Solde-2027!";
    static final String COORDINATOR = "paymentscoord";
    static final String FINANCE = "paymentsfinance";
    static final String FOLLOW_UP = "paymentsreferent";
    static final String SIRET = "35600000000048";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void team() {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Inès Garnier");
        teamMember(FINANCE, PASSWORD, StaffAccessSetup.FINANCE, "Jean Trésor");
        teamMember(FOLLOW_UP, PASSWORD, StaffAccessSetup.REVIEWERS, "Rose Relectrice");
    }

    /** A call funding at most 50 % of a project's eligible expenses, 15 000 € each, an advance of 50 %. */
    Call fundingCall() {
        return openCall(call -> {
            call.getFunding()
                    .set(
                            true,
                            3_000_000L,
                            1_500_000L,
                            50,
                            50,
                            Period.ofMonths(6),
                            Funding.AGREEMENT_THRESHOLD,
                            false,
                            "Grenoble-Alpes Métropole",
                            "21380185500015");
            call.setFundingCategories(List.of("Matériel", "Communication"));
        });
    }

    /**
     * A project of the call whose event ended three days ago, with its forecast budget (20 000 € of eligible expenses,
     * 10 000 € asked), awarded 10 000 € (as the awards write it), its lifecycle moved to the advance's confirmation.
     */
    Proposal awarded(Call call, String title) {
        LocalDate ended = LocalDate.now(PARIS).minusDays(3);
        Long id = programmeEntry(
                call,
                title,
                List.of(new Timing(
                        ended.atTime(20, 0).atZone(PARIS).toOffsetDateTime(),
                        ended.atTime(23, 0).atZone(PARIS).toOffsetDateTime())));
        Object[][] lines = {
            {"EXPENSE", "Matériel", 1_200_000L},
            {"EXPENSE", "Communication", 800_000L},
            {"OTHER_EXPENSES", null, 0L},
            {"ASKED", null, 1_000_000L},
            {"OWN_FUNDS", null, 1_000_000L}
        };
        for (int i = 0; i < lines.length; i++) {
            jdbc.update(
                    "insert into proposal_budget_line (proposal_id, position, kind, label, amount)"
                            + " values (?, ?, ?, ?, ?)",
                    id,
                    i,
                    lines[i][0],
                    lines[i][1],
                    lines[i][2]);
        }
        jdbc.update(
                "update organisation set siret = ? where id = (select organisation_id from proposal where id = ?)",
                SIRET,
                id);
        jdbc.update(
                "insert into funding_award (proposal_id, call_id, amount, asked, decided_at, decided_by, reference)"
                        + " values (?, ?, 1000000, 1000000, now(), ?, ?)",
                id,
                call.getId(),
                COORDINATOR,
                "SUB-IT-" + id);
        Proposal proposal = proposals.findById(id).orElseThrow();
        // Its follow-up person, as its accompaniment's plan recorded them: they review its final report.
        jdbc.update(
                "insert into accompaniment_plan (proposal_id, needs, actions, follow_up_person, recorded_by, recorded_at)"
                        + " values (?, 'Des intervenants.', 'Le laboratoire.', ?, ?, now())",
                id,
                FOLLOW_UP,
                FOLLOW_UP);
        runtime.createProcessInstanceModification(proposal.getProcessInstanceId())
                .startBeforeActivity("Task_ConfirmAdvance")
                .cancelAllForActivity("SubProcess_EligibilityReview")
                .execute();
        return proposal;
    }

    /** The task waiting at {@code key} in the proposal's lifecycle. */
    Task task(Proposal proposal, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey(key)
                .singleResult();
    }

    /** The task as its form shows it: its variables, as Tasklist reads them. */
    String shown(String user, Task task) throws Exception {
        HttpResponse<String> shown = rest(user, PASSWORD).send("GET", "/task/" + task.getId() + "/variables", null);
        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        return shown.body();
    }

    /** The finance department takes the task and confirms it with the form's one field. */
    HttpResponse<String> confirm(Task task, String reference) throws Exception {
        HttpResponse<String> claimed = rest(FINANCE, PASSWORD)
                .send("POST", "/task/" + task.getId() + "/claim", "{\"userId\":\"" + FINANCE + "\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        HttpResponse<String> sent = rest(FINANCE, PASSWORD)
                .send(
                        "POST",
                        "/task/" + task.getId() + "/submit-form",
                        variables(Map.of("paymentReference", reference)));
        runJobs();
        return sent;
    }

    HttpResponse<String> review(Task task, Map<String, Object> values) throws Exception {
        HttpResponse<String> sent =
                rest(FOLLOW_UP, PASSWORD).send("POST", "/task/" + task.getId() + "/submit-form", variables(values));
        runJobs();
        return sent;
    }

    static List<Map.Entry<String, String>> report(String page, String activity, String material, String media) {
        List<Map.Entry<String, String>> form = token(page);
        form.add(Map.entry("activity", activity));
        form.add(Map.entry("realised-0", material));
        form.add(Map.entry("realised-1", media));
        return form;
    }

    @Test
    void theAdvanceTheFinalReportSentBackAndApprovedAndTheReducedBalance() throws Exception {
        Call call = fundingCall();
        Proposal proposal = awarded(call, "Trois nuits sous la coupole");
        String email = proposal.getContactEmail();
        jdbc.update(
                "insert into event_report (proposal_id, call_id, account, received_at) values (?, ?, ?, now())",
                proposal.getId(),
                call.getId(),
                "Trois nuits claires, quatre cents curieux.");

        // The advance: 50 % of 10 000 €, in figures and in words, the beneficiary's SIRET and the award's reference.
        Task advance = task(proposal, "Task_ConfirmAdvance");
        assertThat(advance).isNotNull();
        assertThat(shown(FINANCE, advance))
                .contains("cinq mille euros", "356 000 000 00048", "SUB-IT-" + proposal.getId(), "Club d'astronomie")
                .as("what the form shows, nothing else of the case")
                .doesNotContain(ProcessVariables.PROPOSAL_SHEET, "reviewerGroup");
        // A reviewer cannot confirm a payment, whatever they send.
        assertThat(rest(FOLLOW_UP, PASSWORD)
                        .send(
                                "POST",
                                "/task/" + advance.getId() + "/complete",
                                variables(Map.of("paymentReference", "M-FAUX")))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> confirmed = confirm(advance, "M-2027-118");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
        assertThat(jdbc.queryForMap(
                        "select amount, reference, confirmed_by from funding_payment"
                                + " where proposal_id = ? and kind = 'ADVANCE'",
                        proposal.getId()))
                .containsEntry("amount", 500_000L)
                .containsEntry("reference", "M-2027-118")
                .containsEntry("confirmed_by", FINANCE);

        // The same payment confirmed again (the step run again by a modification): refused in words.
        runtime.createProcessInstanceModification(proposal.getProcessInstanceId())
                .startBeforeActivity("Task_ConfirmAdvance")
                .execute();
        HttpResponse<String> twice = confirm(task(proposal, "Task_ConfirmAdvance"), "M-2027-119");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("déjà versée", "M-2027-118", "deux fois");
        assertThat(jdbc.queryForObject(
                        "select count(*) from funding_payment where proposal_id = ?", Long.class, proposal.getId()))
                .isEqualTo(1);
        runtime.createProcessInstanceModification(proposal.getProcessInstanceId())
                .cancelAllForActivity("Task_ConfirmAdvance")
                .execute();

        // The project over, its final report is asked; the holder gives it on their tracking page.
        fire(proposal, "Event_ProjectEnded");
        MimeMessage request = lastMail(email);
        assertThat(request.getSubject()).contains("Le rapport final de « Trois nuits sous la coupole »");
        PortalClient holder = holder(email, "10.32.5.1");
        assertThat(holder.get("/suivi").body()).contains("Le rapport final de votre projet", "/suivi/rapport-final");
        String page = holder.get("/suivi/rapport-final").body();
        assertThat(page)
                .as("the activity taken from the event's report, the forecast beside each category")
                .contains("Trois nuits claires, quatre cents curieux.", "Matériel", "Communication", "12\u202F000");

        HttpResponse<String> refused = holder.post(
                "/suivi/rapport-final", report(page, "Trois nuits claires, quatre cents curieux.", "10 000", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "id=\"final-report-realised-1-error\"",
                        HtmlUtils.htmlEscape("indiquez le montant dépensé, 0 si rien ne l’a été.", "UTF-8"),
                        "value=\"10 000\"");
        HttpResponse<String> given = holder.post(
                "/suivi/rapport-final",
                report(refused.body(), "Trois nuits claires, quatre cents curieux.", "10 000", "6 000"));
        assertThat(given.statusCode()).as(given.body()).isEqualTo(303);
        assertThat(holder.get("/suivi").body()).contains("la personne qui suit votre projet l’examine");

        // Sent back once with a reason, which the holder reads in the mail and on their page.
        Task review = task(proposal, "Task_ReviewFinalReport");
        assertThat(review.getAssignee()).isEqualTo(FOLLOW_UP);
        assertThat(shown(FOLLOW_UP, review)).contains("Trois nuits claires", "Matériel", "3\u202F000");
        HttpResponse<String> withoutReason = review(review, Map.of("finalReportVerdict", "SENT_BACK"));
        assertThat(withoutReason.statusCode()).isEqualTo(400);
        String reason = "Justifiez les dépenses de communication, s'il vous plaît.";
        HttpResponse<String> sentBack =
                review(review, Map.of("finalReportVerdict", "SENT_BACK", "finalReportReason", reason));
        assertThat(sentBack.statusCode()).as(sentBack.body()).isEqualTo(204);
        MimeMessage back = lastMail(email);
        assertThat(back.getSubject()).contains("à reprendre");
        assertThat(text(back.getContent())).contains(reason);
        holder = holder(email, "10.32.5.2");
        assertThat(holder.get("/suivi").body()).contains(HtmlUtils.htmlEscape(reason, "UTF-8"));
        page = holder.get("/suivi/rapport-final").body();
        assertThat(page).contains(HtmlUtils.htmlEscape(reason, "UTF-8"), "value=\"6\u202F000\"");
        given = holder.post(
                "/suivi/rapport-final",
                report(page, "Trois nuits claires ; la communication : affiches et programme.", "10 000", "6 000"));
        assertThat(given.statusCode()).as(given.body()).isEqualTo(303);

        // Approved: 16 000 € realised at 50 % owe 8 000 €, 5 000 € paid in advance: a balance reduced to 3 000 €.
        HttpResponse<String> approved =
                review(task(proposal, "Task_ReviewFinalReport"), Map.of("finalReportVerdict", "APPROVED"));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
        Task balance = task(proposal, "Task_ConfirmBalance");
        assertThat(balance).isNotNull();
        assertThat(shown(FINANCE, balance)).contains("Solde réduit", "trois mille euros", "8\u202F000");
        HttpResponse<String> paid = confirm(balance, "M-2028-007");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(204);
        assertThat(jdbc.queryForObject(
                        "select amount from funding_payment where proposal_id = ? and kind = 'BALANCE'",
                        Long.class,
                        proposal.getId()))
                .isEqualTo(300_000L);

        // The payment list, as the accounting software reads it: for coordinators and the finance department.
        String path = "/coordination/financement/versements.csv?appel=" + call.getId();
        PortalClient finance = PortalClient.signedInToTasklist(port, "10.32.5.3", FINANCE, PASSWORD);
        HttpResponse<String> csv = finance.get(path);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith(CsvTable.BYTE_ORDER_MARK);
        List<List<String>> rows = csv.body()
                .substring(1)
                .lines()
                .map(line -> Arrays.asList(line.split(";", -1)))
                .toList();
        assertThat(rows).hasSize(3);
        String today = LocalDate.now(PARIS).toString();
        String award = "SUB-IT-" + proposal.getId();
        assertThat(rows.get(1))
                .containsExactly(award, "Club d'astronomie", SIRET, "Avance", "5000.00", today, "M-2027-118");
        assertThat(rows.get(2))
                .containsExactly(award, "Club d'astronomie", SIRET, "Solde", "3000.00", today, "M-2028-007");
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.32.5.4", COORDINATOR, PASSWORD);
        assertThat(coordinator.get(path).body()).isEqualTo(csv.body());
        PortalClient reviewer = PortalClient.signedInToTasklist(port, "10.32.5.5", FOLLOW_UP, PASSWORD);
        assertThat(reviewer.get(path).statusCode()).isEqualTo(403);

        // The finance department reads no case: neither its page nor its process.
        String casePath = "/coordination/dossiers/" + proposal.getId();
        assertThat(finance.get(casePath).statusCode()).isEqualTo(403);
        assertThat(rest(FINANCE, PASSWORD)
                        .send("GET", "/process-instance/" + proposal.getProcessInstanceId() + "/variables", null)
                        .statusCode())
                .isEqualTo(403);

        // The case page and the holder's data hold the payments and the final report.
        assertThat(coordinator.get(casePath).body())
                .contains(
                        "Versements et rapport final",
                        "M-2027-118",
                        "M-2028-007",
                        "Avance versée",
                        "Rapport final renvoyé au porteur",
                        "Rapport final approuvé par Rose Relectrice");
        JsonNode export = JSON.readTree(holder.get("/suivi/donnees.json").body());
        assertThat(HolderExportRegister.texts(export, "/finalReport/activity"))
                .containsExactly("Trois nuits claires ; la communication : affiches et programme.");
        assertThat(HolderExportRegister.texts(export, "/finalReport/sentBackReason"))
                .containsExactly(reason);
        assertThat(export.at("/payments").size()).isEqualTo(2);
        assertThat(export.toString()).doesNotContain(FINANCE, FOLLOW_UP);
        String activity = "Trois nuits claires ; la communication : affiches et programme.";
        assertThat(holder.get("/suivi/donnees").body())
                .contains(HtmlUtils.htmlEscape(activity, "UTF-8"), "Avance de 5\u202F000\u00A0€ versée le");
    }

    @Test
    void aProjectWithdrawnAfterItsAdvanceOwesItBackAndTheFinanceDepartmentIsTold() throws Exception {
        Proposal proposal = awarded(fundingCall(), "Fusées à eau au parc");
        HttpResponse<String> confirmed = confirm(task(proposal, "Task_ConfirmAdvance"), "M-2027-200");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);

        runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
                .processInstanceId(proposal.getProcessInstanceId())
                .correlateAllWithResult();
        runJobs();

        assertThat(jdbc.queryForObject(
                        "select amount from funding_payment where proposal_id = ? and kind = 'RECOVERY'",
                        Long.class,
                        proposal.getId()))
                .isEqualTo(500_000L);
        MimeMessage told = lastMail(FINANCE + "@example.org");
        assertThat(told.getSubject()).contains("Somme à reverser", proposal.getReference());
        assertThat(text(told.getContent()))
                .contains("retiré après le versement de son avance", "SUB-IT-" + proposal.getId(), "versements.csv");
    }
}
