package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.call.Call;
import org.constellation.call.Funding;
import org.constellation.funding.Amounts;
import org.constellation.notification.Outbox;
import org.constellation.privacy.HolderExportRegister;
import org.constellation.proposal.BudgetAnswers;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.WrittenDates;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 32, part 3, over HTTP on PostgreSQL. A call funds projects from an envelope of 30 000 €; three projects with
 * budgets are found eligible and wait for their subsidy. On the call's awards page a coordinator refuses one without a
 * reason (refused in words, nothing kept), awards the first what it asked with its conditions, the second less than
 * asked (refused without a reason, then kept with one), and the third is refused in words because it would pass the
 * envelope, then refused with a reason. The page's figures, the references, the case page, the committee's page and the
 * holder's data say the same; each holder's mail is read back, the amount in French. Two coordinators awarding at the
 * same moment never pass the envelope.
 */
class AwardsIT extends FundingIntegrationTest {

    static final String PASSWORD = "Enveloppe-Tenue-2026!";
    static final String COORDINATOR = "coordawards";
    static final String OTHER_COORDINATOR = "coordawardsbis";
    static final String REVIEWER = "revawards";
    static final List<String> CATEGORIES = List.of("Rémunération des intervenants", "Location de matériel");

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    AwardRepository awards;

    @Autowired
    AwardRefusalRepository refusals;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void team() {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Odile Lambert");
        teamMember(OTHER_COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Hugo Comptable");
        teamMember(REVIEWER, PASSWORD, StaffAccessSetup.REVIEWERS, "Léa Relectrice");
    }

    /** What a person reads on a page: its text, without markup or attributes. */
    static String words(String html) {
        return Jsoup.parse(html).text();
    }

    /**
     * A call that funds from {@code envelope} (cents): 15 000 € at most a project (the envelope if less), 60 % of its
     * eligible expenses, half in advance, an agreement above 23 000 €.
     */
    Call fundingCall(long envelope) {
        return openCall(call -> {
            call.getFunding()
                    .set(
                            true,
                            envelope,
                            Math.min(envelope, 1_500_000),
                            60,
                            50,
                            Period.ofMonths(6),
                            Funding.AGREEMENT_THRESHOLD,
                            false,
                            "Grenoble-Alpes Métropole",
                            "35600000000048");
            call.setFundingCategories(CATEGORIES);
        });
    }

    static String emailOf(Call call, String title) {
        return "awards-" + call.getId() + "-" + title.length() + "@example.org";
    }

    /**
     * A project of the call that asks {@code asked} (as typed) of 25 000 € of eligible expenses, the rest its own
     * funds, found eligible by the call's reviewer: its lifecycle goes on to the accompaniment and, beside it, waits
     * for its subsidy.
     */
    Proposal eligible(Call call, String title, String asked) {
        BudgetAnswers budget = new BudgetAnswers(
                "732 829 320 00074",
                List.of("20 000", "5 000"),
                null,
                asked,
                List.of(),
                Amounts.typed(2_500_000 - Amounts.read(asked).cents()),
                List.of());
        Proposal proposal = proposalService.submit(
                ProposalSubmission.fromFormValues(submission(call, title, emailOf(call, title)))
                        .withBudget(budget),
                Locale.FRENCH);
        runJobs();
        Task check = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
        tasks.setAssignee(check.getId(), REVIEWER);
        tasks.complete(check.getId(), Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"));
        runJobs();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(proposal.getProcessInstanceId())
                        .activityIdIn(Awards.AWAITING)
                        .count())
                .as(title + " waits for its subsidy")
                .isEqualTo(1);
        return proposal;
    }

    PortalClient signedIn(String user, String address) throws Exception {
        return PortalClient.signedInToTasklist(port, address, user, PASSWORD);
    }

    /**
     * The step the decision reached, the holder's mail queued, then that mail's delivery. The agreement and the
     * payments that follow have their own tests: the steps after the mail are left waiting.
     */
    void tell(Proposal... told) {
        for (Proposal proposal : told) {
            for (Job step : management
                    .createJobQuery()
                    .processInstanceId(proposal.getProcessInstanceId())
                    .messages()
                    .executable()
                    .list()) {
                management.executeJob(step.getId());
            }
        }
        for (Job delivery : management
                .createJobQuery()
                .processDefinitionKey(Outbox.DELIVERY_PROCESS)
                .messages()
                .executable()
                .list()) {
            management.executeJob(delivery.getId());
        }
    }

    /** The cases end here for these tests: no step of theirs is left for another test's jobs to run. */
    void leave(Proposal... left) {
        Arrays.stream(left)
                .forEach(proposal -> runtime.deleteProcessInstance(
                        proposal.getProcessInstanceId(), "AwardsIT: the funding phase goes on elsewhere", true));
    }

    /** The one mail sent to {@code email} whose subject says {@code subject}, as its holder reads it. */
    static String mail(String email, String subject) throws Exception {
        List<String> texts = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessagesForDomain(email)) {
            if (mail.getSubject().contains(subject)) {
                texts.add(text(mail.getContent()));
            }
        }
        assertThat(texts).as(subject + " to " + email).hasSize(1);
        return texts.get(0);
    }

    @Test
    void awardsStayWithinTheEnvelopeAndEachHolderIsToldInWords() throws Exception {
        Call call = fundingCall(3_000_000);
        Proposal first = eligible(call, "Planétarium itinérant", "12 000");
        Proposal second = eligible(call, "Atelier fusées à eau", "14 000");
        Proposal third = eligible(call, "Nuit des étoiles au parc", "10 000");
        PortalClient coordinator = signedIn(COORDINATOR, "10.32.3.1");
        String path = "/coordination/financement?appel=" + call.getId();

        // The envelope whole, the three projects to decide, each with what it asks, its budget and a form.
        HttpResponse<String> shown = coordinator.get(path);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(words(shown.body()))
                .contains(
                        "Subventions · " + call.getTitle(),
                        "Enveloppe de l’appel",
                        "Reste à accorder",
                        "À décider",
                        "Planétarium itinérant",
                        "Atelier fusées à eau",
                        "Nuit des étoiles au parc",
                        "Budget prévisionnel",
                        "Rémunération des intervenants",
                        "Aucune décision pour l’instant.")
                .doesNotContain("AWARD", "REFUSE", COORDINATOR);
        assertThat(shown.body())
                .contains(
                        euros(3_000_000),
                        euros(1_200_000) + " demandés par Club d",
                        euros(1_400_000),
                        euros(1_000_000),
                        "value=\"" + Amounts.typed(1_200_000) + "\"",
                        "<legend>Décider de la subvention de « Atelier fusées à eau »</legend>",
                        "for=\"f-" + second.getId() + "-amount\"");

        // A refusal without its reason is refused beside the reason, in words; nothing is kept.
        HttpResponse<String> silent = decide(coordinator, shown.body(), third, "REFUSE", "", "", "");
        assertThat(silent.statusCode()).isEqualTo(200);
        assertThat(words(silent.body()))
                .contains(
                        "Le formulaire n'a pas été envoyé",
                        "Motif : donnez le motif du refus : le porteur le lit dans le courriel qui le lui annonce.");
        assertThat(silent.body())
                .contains(
                        "href=\"#f-" + third.getId() + "-reason\"",
                        "id=\"f-" + third.getId() + "-reason-error\"",
                        "aria-invalid=\"true\"");
        assertThat(refusals.existsById(third.getId())).isFalse();

        // The first is awarded what it asked, with its conditions.
        String logo = "Le logo de la Métropole sur chaque support.";
        HttpResponse<String> awarded = decide(coordinator, shown.body(), first, "AWARD", "12 000", "", logo);
        assertThat(awarded.statusCode()).isEqualTo(303);
        assertThat(awarded.headers().firstValue("Location").orElseThrow()).contains(path);
        Award firstAward = awards.findById(first.getId()).orElseThrow();
        assertThat(firstAward.getAmount()).isEqualTo(1_200_000);
        assertThat(firstAward.getAsked()).isEqualTo(1_200_000);
        assertThat(firstAward.getReason()).isNull();
        assertThat(firstAward.getDecidedBy()).isEqualTo(COORDINATOR);
        int year = call.getSeason().getStartsOn().getYear();
        assertThat(firstAward.getReference()).matches("SUB-" + year + "-\\d{4,}");
        assertThat(words(coordinator.get(path).body()))
                .contains("accordée à « Planétarium itinérant » : décision " + firstAward.getReference());

        // The second, less than it asked: its reason is required, what was typed stays; with one it is kept.
        String page = coordinator.get(path).body();
        HttpResponse<String> reduced = decide(coordinator, page, second, "AWARD", "10 000", "", "Un bilan d’étape.");
        assertThat(reduced.statusCode()).isEqualTo(200);
        assertThat(reduced.body())
                .contains(
                        "donnez le motif : le montant est inférieur aux " + euros(1_400_000)
                                + " demandés, et le porteur le lit.",
                        "value=\"10 000\"",
                        "Un bilan d’étape.");
        assertThat(awards.existsById(second.getId())).isFalse();
        String reason = "Le matériel est déjà financé par la Région.";
        assertThat(decide(coordinator, page, second, "AWARD", "10 000", reason, "Un bilan d’étape.")
                        .statusCode())
                .isEqualTo(303);
        Award secondAward = awards.findById(second.getId()).orElseThrow();
        assertThat(secondAward.getAmount()).isEqualTo(1_000_000);
        assertThat(secondAward.getAsked()).isEqualTo(1_400_000);
        assertThat(secondAward.getReason()).isEqualTo(reason);
        assertThat(secondAward.getReference()).isNotEqualTo(firstAward.getReference());

        // The third asks 10 000 €, more than the 8 000 € left: refused in words, saying what is left.
        page = coordinator.get(path).body();
        HttpResponse<String> beyond = decide(coordinator, page, third, "AWARD", "10 000", "", "");
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.body())
                .contains(
                        "l’enveloppe de l’appel serait dépassée : il reste " + euros(800_000) + " sur "
                                + euros(3_000_000) + ".",
                        "href=\"#f-" + third.getId() + "-amount\"");
        assertThat(awards.existsById(third.getId())).isFalse();
        String refusal = "L’enveloppe de l’appel est épuisée : les deux premiers projets l’ont prise.";
        assertThat(decide(coordinator, page, third, "REFUSE", "10 000", refusal, "")
                        .statusCode())
                .isEqualTo(303);
        assertThat(refusals.findById(third.getId()).orElseThrow().getReason()).isEqualTo(refusal);
        assertThat(words(coordinator.get(path).body())).contains("Subvention refusée à « Nuit des étoiles au parc ».");

        // A decided proposal is not decided twice: said at the top of the page.
        assertThat(decide(coordinator, page, first, "REFUSE", "", "Finalement non.", "")
                        .statusCode())
                .isEqualTo(303);
        assertThat(words(coordinator.get(path).body()))
                .contains("« Planétarium itinérant » n’a pas été décidée : cette proposition est déjà décidée");
        assertThat(awards.findById(first.getId()).orElseThrow().getAmount()).isEqualTo(1_200_000);
        assertThat(jdbc.queryForObject(
                        "select sum(amount) from funding_award where call_id = ?", Long.class, call.getId()))
                .isEqualTo(2_200_000);

        // The page's figures: 22 000 € awarded, 8 000 € left; each decision with its amount, reference, date and who.
        String decided = coordinator.get(path).body();
        String today = WrittenDates.SHORT_DAY.format(LocalDate.now(PARIS));
        assertThat(decided)
                .contains(
                        euros(2_200_000),
                        euros(800_000),
                        firstAward.getReference(),
                        secondAward.getReference(),
                        WrittenDates.shortMoment(secondAward.getDecidedAt()),
                        reason,
                        logo);
        assertThat(words(decided))
                .contains(
                        "Aucune proposition n’attend de décision",
                        "Décisions prises",
                        "accordée",
                        "refusée",
                        "Odile Lambert",
                        today)
                .doesNotContain("AWARDED", "REFUSED", COORDINATOR);

        // The holders are told: the amount in French, the reason, the conditions, what comes next; why it is refused.
        tell(first, second, third);
        String toSecond = mail(emailOf(call, second.getTitle()), "Subvention accordée à « Atelier fusées à eau »");
        assertThat(toSecond)
                .contains(
                        "une subvention de " + euros(1_000_000),
                        "C’est moins que les " + euros(1_400_000) + " demandés.",
                        reason,
                        "Un bilan d’étape.",
                        "aucune convention n’est nécessaire pour ce montant",
                        "Une avance de 50 % de la subvention, soit " + euros(500_000),
                        secondAward.getReference());
        assertThat(mail(emailOf(call, first.getTitle()), "Subvention accordée à « Planétarium itinérant »"))
                .contains(euros(1_200_000), logo, firstAward.getReference())
                .doesNotContain("C’est moins que");
        assertThat(mail(emailOf(call, third.getTitle()), "Pas de subvention pour « Nuit des étoiles au parc »"))
                .contains(refusal, "l’accompagnement de votre projet continue", "Contester cette décision");

        // The case page and its story, the committee's page, the call's page and the team's door.
        String casePage =
                coordinator.get("/coordination/dossiers/" + second.getId()).body();
        assertThat(casePage)
                .contains(
                        "Subvention de " + euros(1_000_000) + " accordée par Odile Lambert : décision "
                                + secondAward.getReference() + ", pour " + euros(1_400_000) + " demandés.",
                        "Motif de la réduction : " + reason,
                        euros(1_000_000) + " accordés, sur " + euros(1_400_000) + " demandés");
        assertThat(words(coordinator
                        .get("/coordination/dossiers/" + third.getId())
                        .body()))
                .contains("Subvention refusée par Odile Lambert : " + refusal);
        assertThat(coordinator.get("/coordination/jury?appel=" + call.getId()).body())
                .contains("Reste à accorder", euros(800_000), "href=\"/coordination/financement?appel=" + call.getId());
        assertThat(coordinator.get("/coordination/appels/" + call.getId()).body())
                .contains("href=\"/coordination/financement?appel=" + call.getId() + "\"");
        assertThat(coordinator.get("/coordination").body()).contains("href=\"/coordination/financement\"");

        // The holder's data: the file in euros and machine values, the page in their words, never who decided.
        JsonNode export = new ObjectMapper()
                .readTree(coordinator
                        .get("/coordination/dossiers/" + second.getId() + "/donnees.json")
                        .body());
        assertThat(export.at("/funding/decision").asText()).isEqualTo("AWARDED");
        assertThat(export.at("/funding/amount").decimalValue()).isEqualByComparingTo("10000");
        assertThat(export.at("/funding/asked").decimalValue()).isEqualByComparingTo("14000");
        assertThat(export.at("/funding/reference").asText()).isEqualTo(secondAward.getReference());
        assertThat(export.toString()).doesNotContain(COORDINATOR);
        for (Proposal held : List.of(second, third)) {
            PortalClient holder = holder(emailOf(call, held.getTitle()), "10.32.3." + (held == second ? 2 : 3));
            JsonNode own = new ObjectMapper()
                    .readTree(holder.get("/suivi/donnees.json").body());
            String data = holder.get("/suivi/donnees").body();
            assertThat(words(data)).contains("Votre subvention");
            for (HolderExportRegister.Row row : HolderExportRegister.rows()) {
                if (row.path() != null && row.path().startsWith("/funding/")) {
                    HolderExportRegister.texts(own, row.path())
                            .forEach(text -> assertThat(data)
                                    .as(row.column() + " on the page")
                                    .contains(HtmlUtils.htmlEscape(text, "UTF-8")));
                }
            }
            assertThat(HolderExportRegister.texts(own, "/funding/reason")).isNotEmpty();
        }
        leave(first, second, third);
    }

    @Test
    void twoCoordinatorsAwardingAtTheSameMomentNeverPassTheEnvelope() throws Exception {
        Call call = fundingCall(1_000_000);
        Proposal one = eligible(call, "Ciel d’hiver", "6 000");
        Proposal other = eligible(call, "Ciel d’été au parc", "6 000");
        String path = "/coordination/financement?appel=" + call.getId();
        PortalClient first = signedIn(COORDINATOR, "10.32.4.1");
        PortalClient second = signedIn(OTHER_COORDINATOR, "10.32.4.2");
        String firstPage = first.get(path).body();
        String secondPage = second.get(path).body();

        // Each award fits alone; both would pass the envelope. Sent at once, one waits for the other's and is refused.
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            Callable<HttpResponse<String>> byFirst = () -> {
                go.await();
                return decide(first, firstPage, one, "AWARD", "6 000", "", "");
            };
            Callable<HttpResponse<String>> bySecond = () -> {
                go.await();
                return decide(second, secondPage, other, "AWARD", "6 000", "", "");
            };
            Future<HttpResponse<String>> a = senders.submit(byFirst);
            Future<HttpResponse<String>> b = senders.submit(bySecond);
            go.countDown();
            HttpResponse<String> answerA = a.get(60, TimeUnit.SECONDS);
            HttpResponse<String> answerB = b.get(60, TimeUnit.SECONDS);
            assertThat(List.of(answerA.statusCode(), answerB.statusCode())).containsExactlyInAnyOrder(303, 200);
            HttpResponse<String> refused = answerA.statusCode() == 200 ? answerA : answerB;
            assertThat(refused.body()).contains("il reste " + euros(400_000) + " sur " + euros(1_000_000) + ".");
        } finally {
            senders.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select sum(amount) from funding_award where call_id = ?", Long.class, call.getId()))
                .isEqualTo(600_000);
        leave(one, other);
    }

    @Test
    void aCallThatFundsNothingIsSaidInWordsAndThePageIsTheCoordinators() throws Exception {
        Call call = openCall();
        HttpResponse<String> page =
                signedIn(COORDINATOR, "10.32.5.1").get("/coordination/financement?appel=" + call.getId());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(words(page.body())).contains("Cet appel ne finance pas de projets");
        assertThat(signedIn(REVIEWER, "10.32.5.2")
                        .get("/coordination/financement?appel=" + call.getId())
                        .statusCode())
                .isEqualTo(403);
    }
}
