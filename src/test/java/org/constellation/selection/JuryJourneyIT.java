package org.constellation.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Period;
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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.constellation.Browsers;
import org.constellation.EngineRest;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.Jury;
import org.constellation.call.JuryCriterion;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.WrittenDates;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A call decided by a jury, from the experts' draw to the holders' notices, as the people involved do it: experts in
 * the engine's REST API with their own password, the coordinator on the committee's pages, holders on their tracking
 * page. Three criteria, three experts, four eligible proposals; one expert is excluded in advance by their
 * organisation, one declares a conflict and is replaced; two experts disagree; the committee decides two proposals at
 * once with one motivation; the minutes and the notices are read as text.
 */
class JuryJourneyIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Voie-Lactee-2026!";
    static final String GROUP = "jurysaison";
    static final String ASTRID = "juryastrid";
    static final String BASILE = "jurybasile";
    static final String CELINE = "juryceline";
    static final Map<String, String> NAMES =
            Map.of(ASTRID, "Astrid Lenoir", BASILE, "Basile Fournier", CELINE, "Céline Marchal");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SELECTED_MOTIVATION = "Deux projets solides et ancrés dans leur quartier.";
    static final String REJECTED_MOTIVATION = "Un public trop restreint pour la saison.";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    StaffAccessSetup staffAccess;

    @Autowired
    ExpertProfileRepository profiles;

    @Autowired
    ExpertAssignments assignments;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    Committee committee;

    @Test
    void aJuryScoresTheCommitteeDecidesAndEveryHolderIsToldInWriting() throws Exception {
        experts();
        Call call = openCall(c -> {
            c.getJury()
                    .set(
                            true,
                            GROUP,
                            2,
                            2,
                            1,
                            5,
                            2,
                            Jury.Aggregation.MEAN,
                            new BigDecimal("2"),
                            Jury.TieBreak.FIRST_CRITERION,
                            Period.ofDays(14),
                            true,
                            true);
            c.setJuryCriteria(List.of(
                    new JuryCriterion("Qualité scientifique", 2),
                    new JuryCriterion("Ancrage territorial", 1),
                    new JuryCriterion("Publics touchés", 1)));
        });
        teamMember("jurycoord", PASSWORD, StaffAccessSetup.COORDINATORS);
        teamMember("juryreferent", PASSWORD, StaffAccessSetup.REVIEWERS);

        // Céline works at La Casemate: the draw never seats her on La Casemate's proposal.
        Proposal casemate = eligible(call, "Le ciel de la Casemate", "La Casemate", "casemate@example.org");
        Proposal club = eligible(call, "Nuit au col de Porte", "Club d'astronomie", "club@example.org");
        Proposal planetarium = eligible(call, "Planétarium itinérant", "Vaulx Sciences", "vaulx@example.org");
        Proposal garden = eligible(call, "Cadrans solaires au jardin", "Jardin des sciences", "jardin@example.org");
        assertThat(seatedOn(casemate)).hasSize(2).doesNotContain(CELINE);
        ExpertAssignment excluded = assignments.ofProposal(casemate.getId()).get(0);
        assertThat(assignments.record(excluded).candidates())
                .anySatisfy(candidate ->
                        assertThat(candidate.toString()).contains(CELINE, "même organisation que le porteur"));

        // Before declaring, an expert reads the title and the holder, not the proposal; another's seat is not theirs.
        String firstOnClub = seatedOn(club).get(0);
        JsonNode declaration = task(firstOnClub, club, "Task_DeclareInterests");
        String before = expert(firstOnClub)
                .send("GET", "/task/" + declaration.get("id").asText() + "/variables", null)
                .body();
        assertThat(before).contains("Nuit au col de Porte", "Club d'astronomie").doesNotContain("proposalSummary");
        String other = NAMES.keySet().stream()
                .filter(e -> !e.equals(firstOnClub))
                .findFirst()
                .orElseThrow();
        assertThat(expert(other)
                        .send("GET", "/task/" + declaration.get("id").asText() + "/form-variables", null)
                        .body())
                .doesNotContain("proposalSummary");
        assertThat(expert(other)
                        .send(
                                "POST",
                                "/task/" + declaration.get("id").asText() + "/submit-form",
                                variables(Map.of("conflictKind", "NONE")))
                        .statusCode())
                .isEqualTo(403);

        // A conflict: the expert withdraws (time-stamped déport) and the seat goes to the third expert.
        submit(firstOnClub, declaration, Map.of("conflictKind", "PERSONAL_TIE", "conflictDetail", "Ma sœur préside"));
        runJobs();
        assertThat(seatedOn(club)).doesNotContain(firstOnClub).hasSize(2);
        ExpertAssignment withdrawn = assignments.ofProposal(club.getId()).stream()
                .filter(a -> a.getExpertId().equals(firstOnClub))
                .findFirst()
                .orElseThrow();
        assertThat(withdrawn.getState()).isEqualTo(AssignmentState.WITHDRAWN);
        assertThat(withdrawn.getDeclaredAt()).isNotNull();

        // Everyone else declares no conflict, then scores: after declaring, the proposal is open to them.
        for (Proposal proposal : List.of(casemate, club, planetarium, garden)) {
            for (String expert : seatedOn(proposal)) {
                submit(expert, task(expert, proposal, "Task_DeclareInterests"), Map.of("conflictKind", "NONE"));
            }
        }
        String firstOnGarden = seatedOn(garden).get(0);
        JsonNode scoring = task(firstOnGarden, garden, "Task_ScoreProposal");
        assertThat(expert(firstOnGarden)
                        .send("GET", "/task/" + scoring.get("id").asText() + "/variables", null)
                        .body())
                .contains("proposalSummary", "Observation du ciel pour tous.");
        // A score under the threshold without a comment is refused, in words.
        HttpResponse<String> refused = expert(firstOnGarden)
                .send(
                        "POST",
                        "/task/" + scoring.get("id").asText() + "/submit-form",
                        variables(scores(1, 1, 1, null, "REJECT")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("demande un commentaire");

        score(casemate, List.of(scores(5, 4, 4, null, "SELECT"), scores(5, 5, 4, null, "SELECT")));
        score(club, List.of(scores(4, 4, 4, null, "SELECT"), scores(4, 5, 3, null, "SELECT")));
        // The two experts of the planetarium disagree: 5 against 1.
        score(
                planetarium,
                List.of(
                        scores(5, 5, 5, null, "SELECT"),
                        scores(1, 1, 1, "Le projet ne dit pas qui l'animera.", "REJECT")));
        score(
                garden,
                List.of(scores(2, 2, 2, null, "WAITING_LIST"), scores(1, 2, 2, "Un public trop restreint.", "REJECT")));
        runJobs();

        // Once they scored, an expert reads the other expert's scores on their desk (the call allows it); the one who
        // withdrew from a proposal reads nothing more of it.
        String firstOnPlanetarium = seatedOn(planetarium).get(0);
        String desk = PortalClient.signedInToTasklist(port, "10.83.0.3", firstOnPlanetarium, PASSWORD)
                .get("/coordination/expertise")
                .body();
        assertThat(desk)
                .contains("Les experts de « Planétarium itinérant »", "Le projet ne dit pas qui l&#39;animera.");
        String withdrawnDesk = PortalClient.signedInToTasklist(port, "10.83.0.4", firstOnClub, PASSWORD)
                .get("/coordination/expertise")
                .body();
        assertThat(withdrawnDesk.substring(withdrawnDesk.indexOf("Nuit au col de Porte")))
                .contains("déporté")
                .doesNotContain("experts de « Nuit au col de Porte »");

        // Aggregated by the call's table: the weighted means, the spread and the disagreement flagged.
        List<Ranking.Place> ranking = committee.ranking(call);
        assertThat(ranking)
                .extracting(p -> p.result().getProposalId())
                .containsExactly(casemate.getId(), club.getId(), planetarium.getId(), garden.getId());
        SelectionResult disputed = ranking.get(2).result();
        assertThat(disputed.isDisagreement()).isTrue();
        assertThat(disputed.getScore()).isEqualByComparingTo("3");
        assertThat(ranking.get(0).result().isDisagreement()).isFalse();
        assertThat(committee.awaitingDecision(List.of(casemate, club, planetarium, garden)))
                .containsExactlyInAnyOrder(casemate.getId(), club.getId(), planetarium.getId(), garden.getId());

        decide(call, List.of(casemate, club), planetarium, garden, firstOnClub);

        assertThat(reload(casemate).getStatus()).isIn(ProposalStatus.ACCOMPANIMENT, ProposalStatus.SELECTION);
        assertThat(reload(garden).getStatus()).isEqualTo(ProposalStatus.NOT_SELECTED);
        assertThat(reload(planetarium).getStatus()).isEqualTo(ProposalStatus.WAITING_LIST);

        // The holders' mails carry the notice; its text says the decision, the motivation and the score.
        for (Proposal selected : List.of(casemate, club)) {
            MimeMessage decision = mailWithNotice(selected.getContactEmail());
            assertThat(decision.getSubject()).contains("Décision du comité de sélection");
            String notice = pdfText(attachment(decision));
            assertThat(notice).contains(selected.getTitle(), "a retenu votre proposition", SELECTED_MOTIVATION);
        }
        String refusal = pdfText(attachment(mailWithNotice(garden.getContactEmail())));
        assertThat(refusal).contains("n'a pas retenu", REJECTED_MOTIVATION);

        // The notice stays on the tracking page.
        PortalClient holder = new PortalClient(port, "10.83.0.1");
        holder.get("/suivi/" + trackingToken(garden.getContactEmail()));
        assertThat(holder.get("/suivi").body()).contains("notification-de-decision.pdf", REJECTED_MOTIVATION);
        // The holder's data holds the decision they were told, in the file and on its page.
        JsonNode data = JSON.readTree(holder.get("/suivi/donnees.json").body());
        assertThat(data.at("/selection/0/motivation").asText()).isEqualTo(REJECTED_MOTIVATION);
        assertThat(data.at("/selection/0/score").isMissingNode()
                        || data.at("/selection/0/score").isNull())
                .as("the call publishes scores")
                .isFalse();
        assertThat(holder.get("/suivi/donnees").body())
                .contains("non retenue par le comité de sélection", REJECTED_MOTIVATION);
        HttpResponse<byte[]> download = holder.getBytes("/suivi/notification-de-decision.pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(pdfText(download.body())).contains("Cadrans solaires au jardin");

        // Every page of the jury, filled, passes axe-core: the call's jury, the committee's page and its register, a
        // case's « Sélection » with its déport, the expert's desk with a peer's scores, the holder's tracking page.
        Browsers.requireChromium();
        WebDriver browser = Browsers.open(true);
        try {
            browser.get(url("/assets/portal.css"));
            Browsers.carrySession(browser, PortalClient.signedInToTasklist(port, "10.83.0.5", "jurycoord", PASSWORD));
            for (String page : List.of(
                    "/coordination/appels/" + call.getId(),
                    "/coordination/jury?appel=" + call.getId(),
                    "/coordination/jury/deports?appel=" + call.getId(),
                    "/coordination/dossiers/" + club.getId())) {
                browser.get(url(page));
                assertThat(browser.getPageSource()).as(page).contains(call.getTitle());
                Browsers.assertNoSeriousViolation(browser, "jury " + page);
            }
            Browsers.carrySession(
                    browser, PortalClient.signedInToTasklist(port, "10.83.0.6", firstOnPlanetarium, PASSWORD));
            browser.get(url("/coordination/expertise"));
            assertThat(browser.getPageSource()).contains("Planétarium itinérant");
            Browsers.assertNoSeriousViolation(browser, "jury expert's desk");
            Browsers.carrySession(browser, holder);
            browser.get(url("/suivi"));
            assertThat(browser.getPageSource()).contains(REJECTED_MOTIVATION);
            Browsers.assertNoSeriousViolation(browser, "jury holder's tracking page");
        } finally {
            browser.quit();
        }

        // The case's story tells the seats, the déport and the committee's decision.
        String story = PortalClient.signedInToTasklist(port, "10.83.0.7", "jurycoord", PASSWORD)
                .get("/coordination/dossiers/" + club.getId())
                .body();
        assertThat(story)
                .contains(
                        NAMES.get(firstOnClub) + " se déporte : lien familial ou personnel (Ma sœur préside)",
                        "a noté la proposition",
                        "Comité de sélection : retenue — motivation : " + SELECTED_MOTIVATION);

        // Anyone can replay every draw from its recorded seed and get the same expert.
        for (Proposal proposal : List.of(casemate, club, planetarium, garden)) {
            assertThat(assignments.ofProposal(proposal.getId()))
                    .allSatisfy(seat -> assertThat(assignments.replay(seat)).contains(seat.getExpertId()));
        }
    }

    /**
     * The committee's sitting, on its page: two proposals selected at once with one motivation, then the rest; the
     * minutes of the first sitting read as text.
     */
    void decide(Call call, List<Proposal> selected, Proposal waiting, Proposal rejected, String withdrawnExpert)
            throws Exception {
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.83.0.2", "jurycoord", PASSWORD);
        String page = "/coordination/jury?appel=" + call.getId();
        HttpResponse<String> board = coordinator.get(page);
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("Nuit au col de Porte", "désaccord");
        String today = WrittenDates.SHORT_DAY.format(LocalDate.now(PARIS));
        sitting(coordinator, call, board.body(), today, selected, "SELECTED", SELECTED_MOTIVATION);
        sitting(
                coordinator,
                call,
                board.body(),
                today,
                List.of(waiting),
                "WAITING_LIST",
                "L'animation reste à préciser.");
        sitting(coordinator, call, board.body(), today, List.of(rejected), "NOT_SELECTED", REJECTED_MOTIVATION);
        runJobs();

        Matcher minutes = Pattern.compile("/coordination/jury/seances/(\\d+)/proces-verbal\\.pdf")
                .matcher(coordinator.get(page).body());
        assertThat(minutes.find()).isTrue();
        HttpResponse<byte[]> pdf = coordinator.getBytes(minutes.group());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body()))
                .contains(
                        "Procès-verbal du comité de sélection",
                        "Claire Dumas, présidente",
                        "Paul Girard",
                        "Le ciel de la Casemate",
                        "Nuit au col de Porte",
                        "Décision : retenue",
                        SELECTED_MOTIVATION,
                        NAMES.get(withdrawnExpert));
    }

    void sitting(
            PortalClient coordinator,
            Call call,
            String page,
            String day,
            List<Proposal> chosen,
            String outcome,
            String motivation)
            throws Exception {
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page));
        form.add(Map.entry("sittingDay", day));
        form.add(Map.entry("sittingMembers", "Claire Dumas, présidente\nPaul Girard"));
        form.add(Map.entry("sittingOutcome", outcome));
        form.add(Map.entry("sittingMotivation", motivation));
        chosen.forEach(p -> form.add(Map.entry("sittingProposals", p.getId().toString())));
        HttpResponse<String> decided = coordinator.post("/coordination/jury/seances?appel=" + call.getId(), form);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(303);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void experts() {
        Map<String, String> organisations =
                Map.of(ASTRID, "Observatoire de Lyon", BASILE, "Université Grenoble Alpes", CELINE, "La Casemate");
        for (String id : List.of(ASTRID, BASILE, CELINE)) {
            teamMember(id, PASSWORD, GROUP, NAMES.get(id));
            ExpertProfile profile = profiles.findById(id).orElseGet(() -> new ExpertProfile(id));
            profile.update(organisations.get(id), List.of("astronomy"), List.of());
            profiles.save(profile);
        }
        staffAccess.grantExpertAccess(GROUP);
    }

    /** A proposal of {@code organisation} found eligible by a reviewer: its seats are drawn. */
    Proposal eligible(Call call, String title, String organisation, String email) {
        Map<String, Object> values = new HashMap<>(submission(call, title, email));
        values.put("organisationName", organisation);
        Proposal proposal = proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
        runJobs();
        Task check = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey("Task_CheckEligibility")
                .singleResult();
        tasks.claim(check.getId(), "juryreferent");
        tasks.complete(check.getId(), Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"));
        runJobs();
        Proposal found = reload(proposal);
        assertThat(found.getStatus()).isEqualTo(ProposalStatus.SELECTION);
        return found;
    }

    Proposal reload(Proposal proposal) {
        return proposals.findById(proposal.getId()).orElseThrow();
    }

    /** The experts sitting on the proposal now, by seat. */
    List<String> seatedOn(Proposal proposal) {
        return assignments.ofProposal(proposal.getId()).stream()
                .filter(a -> !a.getState().leftTheSeat())
                .sorted(java.util.Comparator.comparing(ExpertAssignment::getSeat))
                .map(ExpertAssignment::getExpertId)
                .toList();
    }

    EngineRest expert(String id) {
        return new EngineRest(port, id, PASSWORD);
    }

    /** The expert's own task on the proposal, as their Tasklist lists it. */
    JsonNode task(String expert, Proposal proposal, String key) throws Exception {
        HttpResponse<String> mine = expert(expert)
                .send(
                        "GET",
                        "/task?assignee=" + expert + "&taskDefinitionKey=" + key + "&processInstanceId="
                                + proposal.getProcessInstanceId() + "&maxResults=10",
                        null);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        JsonNode list = JSON.readTree(mine.body());
        assertThat(list).as(expert + " " + key + " " + proposal.getTitle()).hasSize(1);
        return list.get(0);
    }

    void submit(String expert, JsonNode task, Map<String, Object> values) throws Exception {
        HttpResponse<String> sent =
                expert(expert).send("POST", "/task/" + task.get("id").asText() + "/submit-form", variables(values));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
        runJobs();
    }

    /** Each seated expert scores the proposal with the sheets given, in seat order. */
    void score(Proposal proposal, List<Map<String, Object>> sheets) throws Exception {
        List<String> seated = seatedOn(proposal);
        for (int i = 0; i < seated.size(); i++) {
            submit(seated.get(i), task(seated.get(i), proposal, "Task_ScoreProposal"), sheets.get(i));
        }
    }

    static Map<String, Object> scores(int first, int second, int third, String comment, String recommendation) {
        Map<String, Object> sheet = new HashMap<>();
        sheet.put("criterion1Score", first);
        sheet.put("criterion2Score", second);
        sheet.put("criterion3Score", third);
        if (comment != null) {
            sheet.put("expertComment", comment);
        }
        sheet.put("expertRecommendation", recommendation);
        return sheet;
    }

    static String variables(Map<String, Object> values) throws Exception {
        Map<String, Object> body = new HashMap<>();
        Map<String, Object> wrapped = new HashMap<>();
        values.forEach((name, value) ->
                wrapped.put(name, Map.of("value", value, "type", value instanceof Integer ? "Long" : "String")));
        body.put("variables", wrapped);
        return JSON.writeValueAsString(body);
    }

    MimeMessage mailWithNotice(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(address)) {
            if (message.getAllRecipients()[0].toString().equals(address) && attachmentOrNull(message) != null) {
                found.add(message);
            }
        }
        assertThat(found).as("mails with the notice to " + address).hasSize(1);
        return found.get(0);
    }

    static byte[] attachment(MimeMessage message) throws Exception {
        byte[] pdf = attachmentOrNull(message);
        assertThat(pdf).isNotNull();
        return pdf;
    }

    static byte[] attachmentOrNull(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                byte[] found = attachmentOrNull(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (DecisionNotices.FILE_NAME.equals(part.getFileName())) {
            try (InputStream in = part.getInputStream()) {
                return in.readAllBytes();
            }
        }
        return null;
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ")
                    .replace('’', '\'');
        }
    }

    String trackingToken(String address) throws Exception {
        Pattern link = Pattern.compile("/suivi/([A-Za-z0-9_-]{43})");
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(address)) {
            Matcher found = link.matcher(text(message.getContent()));
            if (found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError("no tracking link sent to " + address);
    }
}
