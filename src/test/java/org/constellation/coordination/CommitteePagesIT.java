package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.Jury;
import org.constellation.call.JuryCriterion;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.security.StaffAccessSetup;
import org.constellation.selection.AssignmentState;
import org.constellation.selection.ExpertAssignment;
import org.constellation.selection.ExpertAssignments;
import org.constellation.workflow.WrittenDates;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The selection committee's pages over HTTP (issue 30), on a call with a jury of three experts and a grid of two
 * criteria: proposals found eligible, scored through the experts' tasks (one expert declares a conflict and withdraws),
 * ranked; the committee page in words, its sitting refused without a proposal, then two proposals decided at once with
 * one motivation; the minutes' PDF read back; the register of withdrawals as a page and as CSV; a case's « Sélection »
 * with its draws replayed; an expert recused, a closed seat refused in words.
 */
class CommitteePagesIT extends PostgresIntegrationTest {

    static final String PASSWORD = CoordinationIT.PASSWORD;
    static final String EXPERTS = "expertscomite";
    static final String COORDINATOR = "coordcomite";
    /** The experts of the call's group, by id: their names as the pages write them. */
    static final Map<String, String> EXPERT_NAMES =
            Map.of("expcomite1", "Marie Durand", "expcomite2", "Lucas Petit", "expcomite3", "Nadia Benali");

    static final String MOTIVATION = "Deux projets ouverts à tous, au cœur des thèmes de la saison.";
    private static final Pattern MINUTES = Pattern.compile("/coordination/jury/seances/(\\d+)/proces-verbal\\.pdf");

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ExpertAssignments assignments;

    @BeforeEach
    void people() {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Inès Garnier");
        teamMember("revcomite", PASSWORD, StaffAccessSetup.REVIEWERS, "Paul Relecteur");
        EXPERT_NAMES.forEach((id, name) -> teamMember(id, PASSWORD, EXPERTS, name));
    }

    PortalClient signedIn(String user) throws Exception {
        return PortalClient.signedInToTasklist(port, "10.80.3.1", user, PASSWORD);
    }

    /** A call that selects by jury: two experts per proposal, one place and one on the waiting list, two criteria. */
    Call juryCall() {
        return openCall(settings -> {
            settings.getJury()
                    .set(
                            true,
                            EXPERTS,
                            2,
                            1,
                            1,
                            5,
                            2,
                            Jury.Aggregation.MEAN,
                            BigDecimal.valueOf(2),
                            Jury.TieBreak.FIRST_CRITERION,
                            Period.ofDays(14),
                            false,
                            false);
            settings.setJuryCriteria(
                    List.of(new JuryCriterion("Qualité scientifique", 2), new JuryCriterion("Ouverture au public", 1)));
        });
    }

    /** A proposal of the call, found eligible: its two seats are drawn. */
    Proposal eligible(Call call, String title) {
        Proposal proposal = proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, title, "comite-" + call.getId() + "-" + title.length() + "@example.org")),
                Locale.FRENCH);
        runJobs();
        Task check = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
        tasks.setAssignee(check.getId(), "revcomite");
        tasks.complete(check.getId(), Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"));
        runJobs();
        return proposal;
    }

    List<Task> open(Proposal proposal, String activity) {
        return tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey(activity)
                .list();
    }

    /** Every expert of the proposal declares no conflict and scores it; the scores are aggregated. */
    void scored(Proposal proposal, long quality, long openness, String comment) {
        for (Task declaration : open(proposal, "Task_DeclareInterests")) {
            tasks.complete(declaration.getId(), Map.of("conflictKind", "NONE"));
        }
        for (Task scoring : open(proposal, "Task_ScoreProposal")) {
            tasks.complete(
                    scoring.getId(),
                    Map.of(
                            "criterion1Score", quality,
                            "criterion2Score", openness,
                            "expertComment", comment,
                            "expertRecommendation", "SELECT"));
        }
        runJobs();
    }

    /** What a person reads on a page: its text, without markup or attributes. */
    static String text(String html) {
        return Jsoup.parse(html).text();
    }

    @Test
    void theCommitteeReadsTheRankingDecidesTwoProposalsAtOnceAndKeepsItsMinutesAndItsRegister() throws Exception {
        Call call = juryCall();
        Proposal first = eligible(call, "Planétarium mobile");
        Proposal second = eligible(call, "Atelier comètes");
        Proposal third = eligible(call, "Nuit des étoiles au parc");
        // One expert of the first proposal declares a tie with the holder: they withdraw, the seat draws another.
        Task conflicted = open(first, "Task_DeclareInterests").get(0);
        String withdrawn = EXPERT_NAMES.get(conflicted.getAssignee());
        tasks.complete(
                conflicted.getId(),
                Map.of("conflictKind", "PARTNER", "conflictDetail", "Elle préside l’association partenaire."));
        runJobs();
        scored(first, 4, 5, "Un projet solide, pour tous les publics.");
        scored(second, 2, 3, "Moins abouti : le lieu manque.");

        PortalClient coordinator = signedIn(COORDINATOR);
        String committee = "/coordination/jury?appel=" + call.getId();
        HttpResponse<String> shown = coordinator.get(committee);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(text(shown.body()))
                .contains(
                        "Comité de sélection · " + call.getTitle(),
                        "Classement",
                        "Planétarium mobile",
                        "Atelier comètes",
                        "4,3 sur 5",
                        "2,3 sur 5",
                        "Qualité scientifique (coefficient 2)",
                        "Un projet solide, pour tous les publics.",
                        "retenir",
                        "à décider",
                        withdrawn,
                        "déporté (conflit d’intérêts)",
                        "partenaire du porteur",
                        "En cours de notation",
                        "Nuit des étoiles au parc",
                        "0 note(s) reçue(s) sur 2",
                        "Remplacer ou récuser")
                .doesNotContain("SELECTED", "WAITING_LIST", "WITHDRAWN", "PARTNER", "ASSIGNED", COORDINATOR);
        assertThat(shown.body())
                .contains("href=\"/coordination/dossiers/" + first.getId() + "\"", "<caption>", "scope=\"col\"");
        assertThat(coordinator.get("/coordination").body()).contains("href=\"/coordination/jury\"");
        assertThat(signedIn("revcomite").get(committee).statusCode()).isEqualTo(403);

        // A sitting without a proposal chosen is refused in words beside the choice; nothing is recorded.
        String today = WrittenDates.SHORT_DAY.format(LocalDate.now(PARIS));
        List<Map.Entry<String, String>> sitting = new ArrayList<>(PortalClient.hiddenFields(shown.body()));
        sitting.addAll(List.of(
                Map.entry("sittingDay", today),
                Map.entry("sittingMembers", "Claire Dumas, présidente\nLucas Moreau, élu délégué"),
                Map.entry("sittingOutcome", "SELECTED"),
                Map.entry("sittingMotivation", MOTIVATION)));
        HttpResponse<String> refused = coordinator.post("/coordination/jury/seances?appel=" + call.getId(), sitting);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(text(refused.body()))
                .contains(
                        "cochez au moins une proposition qui attend la décision du comité",
                        "Aucune séance enregistrée.");
        assertThat(refused.body()).contains("id=\"f-sittingProposals-error\"", "Claire Dumas, présidente");

        // Two proposals decided at once, with one motivation.
        sitting.add(Map.entry("sittingProposals", first.getId().toString()));
        sitting.add(Map.entry("sittingProposals", second.getId().toString()));
        HttpResponse<String> decided = coordinator.post("/coordination/jury/seances?appel=" + call.getId(), sitting);
        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(decided.headers().firstValue("Location").orElseThrow()).contains(committee);
        runJobs();
        String after = coordinator.get(committee).body();
        assertThat(text(after))
                .contains("enregistrée : 2 décision(s)", "séance du " + today, MOTIVATION, "Séances du comité")
                .doesNotContain("à décider");
        Matcher link = MINUTES.matcher(after);
        assertThat(link.find()).isTrue();

        HttpResponse<byte[]> pdf = coordinator.getBytes(link.group());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String minutes = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(minutes)
                    .contains(
                            call.getTitle(),
                            "Procès-verbal du comité de sélection",
                            "Claire Dumas, présidente",
                            "Lucas Moreau, élu délégué",
                            withdrawn,
                            "partenaire du porteur",
                            "Planétarium mobile",
                            "Atelier comètes",
                            "Décision : retenue",
                            MOTIVATION,
                            "Procès-verbal enregistré par Inès Garnier");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Procès-verbal du comité de sélection");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }

        String register = "/coordination/jury/deports?appel=" + call.getId();
        assertThat(text(coordinator.get(register).body()))
                .contains(
                        withdrawn, "Planétarium mobile", "partenaire du porteur", "Elle préside", "séance du " + today);
        HttpResponse<String> csv = coordinator.get("/coordination/jury/deports.csv?appel=" + call.getId());
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith(
                        "\uFEFFExpert;Proposition;Nature;Précision ou motif;Date et heure;Récusé par;Séance du comité")
                .contains(withdrawn, "partenaire du porteur", today);

        String casePage =
                text(coordinator.get("/coordination/dossiers/" + first.getId()).body());
        assertThat(casePage)
                .contains("Sélection", withdrawn, "Elle préside", "tirage vérifié", "4,3 sur 5", MOTIVATION)
                .doesNotContain("attention, ");
        assertThat(text(signedIn("revcomite")
                        .get("/coordination/dossiers/" + first.getId())
                        .body()))
                .as("the experts' scores are the committee's")
                .doesNotContain("tirage vérifié", "Un projet solide");

        // A seat still open: recusing its expert needs a reason; with one, another expert is drawn.
        ExpertAssignment seat = assignments.ofProposal(third.getId()).get(0);
        String recuse = "/coordination/jury/sieges/" + seat.getId() + "/recuser";
        List<Map.Entry<String, String>> noReason = PortalClient.hiddenFields(after);
        assertThat(coordinator.post(recuse, noReason).statusCode()).isEqualTo(303);
        assertThat(text(coordinator.get(committee).body())).contains("donnez le motif : il est gardé au dossier");
        List<Map.Entry<String, String>> withReason = new ArrayList<>(noReason);
        withReason.add(Map.entry("motif", "Lien signalé par la mairie."));
        assertThat(coordinator.post(recuse, withReason).statusCode()).isEqualTo(303);
        runJobs();
        assertThat(text(coordinator.get(committee).body()))
                .contains(EXPERT_NAMES.get(seat.getExpertId()) + " est récusé", "récusé par la coordination");
        assertThat(assignments.ofProposal(third.getId()))
                .hasSize(3)
                .first()
                .extracting(ExpertAssignment::getState)
                .isEqualTo(AssignmentState.RECUSED);
        assertThat(text(coordinator.get(register).body()))
                .contains("récusation par la coordination", "Lien signalé par la mairie.", "Inès Garnier");
        // The seat is closed now: replacing its expert again is refused in words, not with an error page.
        HttpResponse<String> closed =
                coordinator.post("/coordination/jury/sieges/" + seat.getId() + "/remplacer", withReason);
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(text(coordinator.get(committee).body())).contains("ce siège est clos");
    }

    /** Without a call that selects by jury, the page says so in words; an unknown seat is not found, in words. */
    @Test
    void aCallWithoutJuryIsSaidInWords() throws Exception {
        Call call = openCall();
        PortalClient coordinator = signedIn(COORDINATOR);
        HttpResponse<String> page = coordinator.get("/coordination/jury?appel=" + call.getId());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body())).contains("Cet appel ne sélectionne pas par un jury");
        assertThat(coordinator
                        .get("/coordination/jury/deports.csv?appel=" + call.getId())
                        .statusCode())
                .isEqualTo(404);
        // The case table's forms carry the session's token, which any of the team's forms sends.
        String withForms =
                coordinator.get("/coordination/dossiers?appel=" + call.getId()).body();
        HttpResponse<String> seat =
                coordinator.post("/coordination/jury/sieges/999999999/recuser", PortalClient.hiddenFields(withForms));
        assertThat(seat.statusCode()).isEqualTo(404);
        assertThat(text(seat.body())).contains("Aucun siège d’expert à cette adresse.");
    }
}
