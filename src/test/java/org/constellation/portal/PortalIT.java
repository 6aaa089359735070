package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.workflow.CamundaForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The public portal over real HTTP, on PostgreSQL, with mail read from SMTP: submission, replay, validation, robots,
 * rate limits, the tracking link and everything an applicant does from their tracking page.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortalIT extends PostgresIntegrationTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final Pattern TRACKING_LINK =
            Pattern.compile("https://constellation\\.example\\.org/suivi/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("proposalSheetBackfill")
    ApplicationRunner proposalSheetBackfill;

    @Autowired
    @Qualifier("priorityWordsBackfill")
    ApplicationRunner priorityWordsBackfill;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    CallRepository calls;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    Call call;

    @BeforeEach
    void call() {
        call = openCall();
    }

    /** A visitor with an address of its own. */
    PortalClient visitor() {
        int n = CLIENTS.incrementAndGet();
        return new PortalClient(port, "10.77." + (n / 250) + "." + (n % 250 + 1));
    }

    /** The form's hidden fields followed by the given values, as a browser would send them. */
    List<Map.Entry<String, String>> filledForm(PortalClient visitor, List<Map.Entry<String, String>> values)
            throws Exception {
        HttpResponse<String> page = visitor.get(formPath());
        assertThat(page.statusCode()).isEqualTo(200);
        timeToFillTheForm();
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page.body()));
        form.addAll(values);
        return form;
    }

    String formPath() {
        return "/appels/" + call.getSlug() + "/proposer";
    }

    long proposalsOfCall() {
        return jdbc.queryForObject("select count(*) from proposal where call_id = ?", Long.class, call.getId());
    }

    long instancesOfCall() {
        return proposals.findAll().stream()
                                .filter(p -> p.getCall().getId().equals(call.getId()))
                                .count()
                        == 0
                ? 0
                : runtime.createProcessInstanceQuery()
                        .processDefinitionKey("proposal-lifecycle")
                        .variableValueEquals("callId", call.getId())
                        .count();
    }

    Proposal submitted(String email) {
        return proposals.findAll().stream()
                .filter(p -> email.equals(p.getContactEmail()))
                .findFirst()
                .orElseThrow();
    }

    List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                to.add(message);
            }
        }
        return to;
    }

    String lastTrackingToken(String address) throws Exception {
        List<MimeMessage> received = mailsTo(address);
        assertThat(received).as("mails to " + address).isNotEmpty();
        Matcher link =
                TRACKING_LINK.matcher(text(received.get(received.size() - 1).getContent()));
        assertThat(link.find()).as("a tracking link in the last mail").isTrue();
        return link.group(1);
    }

    /**
     * Submits a valid proposal, runs the acknowledgement job and opens the tracking link: the visitor now follows it.
     */
    Proposal submitAndFollow(PortalClient visitor, String email) throws Exception {
        HttpResponse<String> sent =
                visitor.post(formPath(), filledForm(visitor, validProposal("Nuit des étoiles", email)));
        assertThat(sent.statusCode()).isEqualTo(303);
        runJobs();
        HttpResponse<String> exchange = visitor.get("/suivi/" + lastTrackingToken(email));
        assertThat(exchange.statusCode()).isEqualTo(303);
        return submitted(email);
    }

    @Test
    void anEnglishApplicantsTrackingPageOpensInEnglishWithTheSwitchStillThere() throws Exception {
        PortalClient applicant = visitor();
        String email = "english-" + CLIENTS.get() + "@example.org";
        List<Map.Entry<String, String>> values = new ArrayList<>(validProposal("Star party", email));
        values.replaceAll(field -> field.getKey().equals("language") ? Map.entry("language", "en") : field);
        assertThat(applicant.post(formPath(), filledForm(applicant, values)).statusCode())
                .isEqualTo(303);
        runJobs();
        // Another browser, one that asks for no language at all: the proposal's language decides.
        PortalClient reader = visitor();
        assertThat(reader.get("/suivi/" + lastTrackingToken(email)).statusCode())
                .isEqualTo(303);
        assertThat(reader.get("/suivi").body()).contains("lang=\"en\"", "Star party");
        assertThat(reader.get("/suivi?lang=fr").body()).contains("lang=\"fr\"");
        assertThat(reader.get("/suivi").body()).as("the switch is remembered").contains("lang=\"fr\"");
    }

    @Test
    void theHomeAndCallPagesPresentTheCallInFrenchThenInEnglish() throws Exception {
        PortalClient visitor = visitor();
        HttpResponse<String> home = visitor.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"fr\"", "Appels ouverts", call.getTitle());
        String agenda = "href=\"/programme/" + call.getSeason().getSlug() + "\"";
        assertThat(home.body())
                .as("no agenda before the programme's first release")
                .doesNotContain(agenda);
        programmeEntry(
                call,
                "Nuit des étoiles",
                List.of(new Timing(
                        OffsetDateTime.parse("2027-10-12T20:00:00+02:00"),
                        OffsetDateTime.parse("2027-10-12T23:00:00+02:00"))));
        programmeReleases.release(call.getSeason().getId(), "coordinatorit", "Première version");
        assertThat(visitor.get("/").body())
                .as("the public finds the season's agenda")
                .contains("Programmes des saisons", agenda);

        HttpResponse<String> page = visitor.get("/appels/" + call.getSlug());
        assertThat(page.body())
                .contains(
                        "Astronomie",
                        "Réseau d&#39;acteurs",
                        "Claire Dumas",
                        "appel@example.org",
                        "Date limite de dépôt",
                        "Échirolles",
                        "Trouver des intervenants",
                        "/appels/" + call.getSlug() + "/proposer");

        assertThat(visitor()
                        .header("Accept-Language", "en-GB,en;q=0.8")
                        .get("/")
                        .body())
                .contains("<html lang=\"en\"", "Open calls");
        assertThat(visitor().header("Accept-Language", "de-DE").get("/").body()).contains("<html lang=\"fr\"");
        PortalClient switching = visitor();
        assertThat(switching.get("/?lang=en").body()).contains("<html lang=\"en\"");
        assertThat(switching.get(formPath()).body()).contains("<html lang=\"en\"", "Kind of proposal");
    }

    @Test
    void theFormShowsTheLabelsOptionsAndRulesOfTheCamundaForm() throws Exception {
        String page = visitor().get(formPath()).body();
        CamundaForm form = CamundaForm.load("proposal-submission");
        for (CamundaForm.Component field : form.inputs()) {
            if (field.key().equals("callSlug")) {
                assertThat(page).doesNotContain("name=\"callSlug\"");
                continue;
            }
            assertThat(page)
                    .as(field.key())
                    .contains("name=\"" + field.key() + "\"", HtmlUtils.htmlEscape(field.label(), "UTF-8"));
            if (field.maxLength() != null) {
                assertThat(page)
                        .as(field.key())
                        .containsPattern("name=\"" + field.key() + "\"[^>]*maxlength=\"" + field.maxLength()
                                + "\"|maxlength=\"" + field.maxLength() + "\"[^>]*name=\"" + field.key() + "\"");
            }
            if (!List.of("themes", "bonusCriteria", "umbrellaEvent").contains(field.key())) {
                field.options()
                        .forEach(option -> assertThat(page).contains(HtmlUtils.htmlEscape(option.label(), "UTF-8")));
            }
        }
        assertThat(page).contains("data-show-when=\"kind=CONTRIBUTION\"", "(obligatoire)", "Astronomie");
        assertThat(visitor().get("/assets/form-conditions.css").body())
                .contains("[name=\"kind\"][value=\"CONTRIBUTION\"]:checked");
    }

    @Test
    void aSubmissionStoresOneProposalStartsOneProcessAndSendsOneMailWithTheConfiguredLink(CapturedOutput logs)
            throws Exception {
        PortalClient visitor = visitor().header("Host", "evil.example");
        String email = "soumission-" + CLIENTS.get() + "@example.org";
        List<Map.Entry<String, String>> form =
                filledForm(visitor, validProposal("<script>alert(1)</script> Nuit", email));

        HttpResponse<String> sent = visitor.post(formPath(), form);
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/merci"));
        HttpResponse<String> again = visitor.post(formPath(), form);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(visitor.get("/appels/" + call.getSlug() + "/merci").body()).contains("Proposition reçue");
        runJobs();

        Proposal proposal = submitted(email);
        assertThat(proposalsOfCall()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(proposal.getReference())
                        .count())
                .isEqualTo(1);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(proposal.getTitle()).isEqualTo("<script>alert(1)</script> Nuit");
        String token = lastTrackingToken(email);
        assertThat(text(mailsTo(email).get(0).getContent()))
                .doesNotContain("evil.example")
                .contains("&lt;script&gt;");

        // Markup typed by the applicant is shown as text on their page too.
        PortalClient follower = visitor();
        follower.get("/suivi/" + token);
        assertThat(follower.get("/suivi").body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Nuit")
                .doesNotContain("<script>alert(1)</script>");

        // Only the hash of the token is kept.
        assertThat(jdbc.queryForObject(
                        "select count(*) from tracking_token where token_hash = encode(sha256(?::bytea), 'hex')",
                        Long.class,
                        token))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from tracking_token where token_hash = ?", Long.class, token))
                .isZero();

        // A reviewer sees the same content in Tasklist.
        Task check = tasks.createTaskQuery()
                .processInstanceBusinessKey(proposal.getReference())
                .singleResult();
        assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_CheckEligibility");
        Map<String, Object> shown = tasks.getVariables(check.getId());
        assertThat(shown)
                .containsEntry("proposalTitle", "<script>alert(1)</script> Nuit")
                .containsEntry("proposalSummary", "Observation du ciel pour tous, télescopes fournis.")
                .containsEntry("proposalCommune", "Grenoble")
                .containsEntry("proposalThemes", "Astronomie");
        // The whole proposal in the form's words, for the check; the contact person's details stay on the case page.
        assertThat(shown.get("proposalSheet").toString())
                .contains(
                        "Commune où se déroule la proposition : Grenoble",
                        "Thèmes de l'appel : Astronomie",
                        "Publics visés : Familles, Grand public",
                        "Nom de la structure : Club d'astronomie <Orion>",
                        "Date de début prévue : 12 octobre 2027")
                .doesNotContain(email, "Courriel :");
        assertThat(tasks.getVariableLocal(check.getId(), "proposalPriorityWords"))
                .isEqualTo("priorité normale");
        // A case under way before these existed gets them at the next start.
        runtime.removeVariable(check.getProcessInstanceId(), "proposalSheet");
        tasks.removeVariableLocal(check.getId(), "proposalPriorityWords");
        proposalSheetBackfill.run(null);
        priorityWordsBackfill.run(null);
        assertThat(runtime.getVariable(check.getProcessInstanceId(), "proposalSheet")
                        .toString())
                .contains("Commune où se déroule la proposition : Grenoble");
        assertThat(tasks.getVariableLocal(check.getId(), "proposalPriorityWords"))
                .isEqualTo("priorité normale");

        // GreenMail, the test's SMTP server, logs its mailboxes; the application logs neither the token nor the
        // address.
        assertThat(logs.getAll().lines().filter(line -> !line.contains("icegreen")))
                .noneMatch(line -> line.contains(token) || line.contains(email));
    }

    @Test
    void twoParallelPostsOfOneFormCreateOneProposal() throws Exception {
        PortalClient visitor = visitor();
        String email = "double-" + CLIENTS.get() + "@example.org";
        List<Map.Entry<String, String>> form = filledForm(visitor, validProposal("Double clic", email));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> post = () -> visitor.post(formPath(), form).statusCode();
            List<Future<Integer>> results = threads.invokeAll(List.of(post, post));
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(303);
            }
        } finally {
            threads.shutdown();
        }
        runJobs();
        assertThat(proposalsOfCall()).isEqualTo(1);
        assertThat(instancesOfCall()).isEqualTo(1);
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void aHundredMalformedSubmissionsAreRefusedWithAMessageAndStoreNothing() throws Exception {
        PortalClient visitor = visitor();
        List<Map.Entry<String, String>> hidden = filledForm(visitor, List.of());
        List<List<Map.Entry<String, String>>> attempts = new ArrayList<>();
        CamundaForm form = CamundaForm.load("proposal-submission");
        for (CamundaForm.Component field : form.inputs()) {
            if (field.maxLength() != null && !field.key().equals("callSlug")) {
                attempts.add(replacing(field.key(), "x".repeat(field.maxLength() + 1)));
                attempts.add(replacing(field.key(), "é".repeat(field.maxLength() + 1)));
            }
            if (field.required() && !field.key().equals("callSlug")) {
                attempts.add(without(field.key()));
                attempts.add(replacing(field.key(), "   "));
            }
        }
        for (String key : List.of(
                "contactName",
                "title",
                "organisationName",
                "contactEmail",
                "commune",
                "place",
                "organisationCommune")) {
            attempts.add(replacing(key, "Nom\r\nBcc: victime@example.org"));
            attempts.add(replacing(key, "Nom\nSuite"));
        }
        for (String key : List.of("title", "summary", "description", "contactName", "organisationName")) {
            attempts.add(replacing(key, "Texte\u0000nul"));
            attempts.add(replacing(key, "Cloche\u0007"));
        }
        for (String key : List.of(
                "contactEmail",
                "contactPhone",
                "plannedStart",
                "plannedEnd",
                "kind",
                "organisationType",
                "language",
                "themes",
                "audiences",
                "needs",
                "schoolInvolvement",
                "umbrellaEvent",
                "bonusCriteria")) {
            attempts.add(replacing(key, "<script>alert(1)</script>"));
        }
        attempts.add(replacing("kind", "ROCKET"));
        attempts.add(replacing("plannedStart", "12/10/2027"));
        attempts.add(replacing("plannedStart", "2027-02-30"));
        attempts.add(replacing("plannedEnd", "2027-10-01"));
        attempts.add(replacing("themes", "cuisine"));
        attempts.add(replacing("language", "de"));
        attempts.add(replacing("contactEmail", "pas-une-adresse"));
        attempts.add(replacing("contactPhone", "appelez-moi"));
        attempts.add(replacing("commune", ""));
        attempts.add(withExtra("kind", "INTENTION"));
        attempts.add(withExtra("title", "Deuxième titre"));
        attempts.add(withExtra("language", "en"));
        attempts.add(replacing("kind", "CONTRIBUTION"));
        attempts.add(replacing("offers", "CASTLE"));
        attempts.add(replacing("needs", "MONEY"));
        attempts.add(replacing("audiences", "ALIENS"));
        attempts.add(replacing("bonusCriteria", "fame"));
        attempts.add(replacing("umbrellaEvent", "Carnaval"));
        attempts.add(replacing("schoolInvolvement", "MAYBE"));
        attempts.add(replacing("organisationType", "GUILD"));
        // A project needs a theme (only a contribution goes without); the checks issue 13 added, over HTTP.
        attempts.add(without("themes"));
        attempts.add(replacing("plannedStart", "2027-10-12' OR 1=1"));
        attempts.add(replacing("title", "\u202Egpj.exe"));
        attempts.add(replacing("contactName", "Alice\u200BMartin"));
        attempts.add(replacing("contactEmail", "<script>@x.test"));
        long before = proposalsOfCall();

        int count = 0;
        for (List<Map.Entry<String, String>> values : attempts) {
            List<Map.Entry<String, String>> body = new ArrayList<>(hidden);
            body.addAll(values);
            // One client address per attempt: this test is about validation, not rate limits.
            visitor.moveTo("10.78.0." + (count + 1));
            HttpResponse<String> response = visitor.post(formPath(), body);
            assertThat(response.statusCode()).as(values.toString()).isEqualTo(422);
            assertThat(response.body()).as(values.toString()).contains("Le formulaire n&#39;a pas été envoyé");
            count++;
        }
        // Without the CSRF token, with a forged one, or without the form key.
        List<Map.Entry<String, String>> noCsrf = new ArrayList<>(
                hidden.stream().filter(e -> !e.getKey().equals("_csrf")).toList());
        noCsrf.addAll(validProposal("Sans jeton", "sans-jeton@example.org"));
        assertRefused(visitor.post(formPath(), noCsrf), 403, "Formulaire refusé");
        List<Map.Entry<String, String>> forgedCsrf = new ArrayList<>(List.of(Map.entry("_csrf", "forged")));
        forgedCsrf.addAll(
                hidden.stream().filter(e -> !e.getKey().equals("_csrf")).toList());
        forgedCsrf.addAll(validProposal("Jeton forgé", "jeton-forge@example.org"));
        assertRefused(visitor.post(formPath(), forgedCsrf), 403, "Formulaire refusé");
        PortalClient stranger = visitor();
        assertRefused(
                stranger.post(formPath(), validProposal("Sans cookie", "sans-cookie@example.org")),
                403,
                "Formulaire refusé");
        List<Map.Entry<String, String>> noKey = new ArrayList<>(
                hidden.stream().filter(e -> !e.getKey().equals("formKey")).toList());
        noKey.addAll(validProposal("Sans clé", "sans-cle@example.org"));
        assertRefused(visitor.post(formPath(), noKey), 400, "pas pu être reconnu");
        List<Map.Entry<String, String>> forgedKey = new ArrayList<>(
                hidden.stream().filter(e -> !e.getKey().equals("formKey")).toList());
        forgedKey.add(Map.entry("formKey", "AAAA.BBBB.CCCC"));
        forgedKey.addAll(validProposal("Clé forgée", "cle-forgee@example.org"));
        assertRefused(visitor.post(formPath(), forgedKey), 400, "pas pu être reconnu");
        // Ten megabytes in one field.
        List<Map.Entry<String, String>> huge = new ArrayList<>(hidden);
        huge.addAll(replacing("description", "x".repeat(10 * 1024 * 1024)));
        assertRefused(visitor.post(formPath(), huge), 413, "trop volumineux");
        count += 6;

        assertThat(count).isGreaterThanOrEqualTo(100);
        assertThat(proposalsOfCall()).isEqualTo(before).isZero();
        assertThat(instancesOfCall()).isZero();
    }

    static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains(message);
    }

    /** A valid proposal but for one field. */
    static List<Map.Entry<String, String>> replacing(String key, String value) {
        List<Map.Entry<String, String>> values = without(key);
        values.add(Map.entry(key, value));
        return values;
    }

    static List<Map.Entry<String, String>> without(String key) {
        List<Map.Entry<String, String>> values = new ArrayList<>(validProposal("Malformée", "malformee@example.org"));
        values.removeIf(e -> e.getKey().equals(key));
        return values;
    }

    static List<Map.Entry<String, String>> withExtra(String key, String value) {
        List<Map.Entry<String, String>> values = new ArrayList<>(validProposal("Malformée", "malformee@example.org"));
        values.add(Map.entry(key, value));
        return values;
    }

    @Test
    void aRefusedFormComesBackWithEveryValueAnErrorSummaryAndMessagesByEachField() throws Exception {
        PortalClient visitor = visitor();
        List<Map.Entry<String, String>> values = without("title");
        values.removeIf(e -> e.getKey().equals("summary"));
        values.add(Map.entry("summary", "s".repeat(1001)));
        HttpResponse<String> response = visitor.post(formPath(), filledForm(visitor, values));
        assertThat(response.statusCode()).isEqualTo(422);
        String page = response.body();
        assertThat(page)
                .contains(
                        "<title>Erreur : ",
                        "role=\"alert\"",
                        "href=\"#f-title\"",
                        "href=\"#f-summary\"",
                        "Titre : ce champ est obligatoire.",
                        "Résumé : 1",
                        "caractères au plus.",
                        "value=\"Club d&#39;astronomie &lt;Orion&gt;\"",
                        "value=\"malformee@example.org\"",
                        "s".repeat(1001),
                        "id=\"f-title-error\"",
                        "aria-invalid=\"true\"");
        assertThat(page).containsPattern("id=\"f-themes-astronomy\"[^>]*checked|checked[^>]*id=\"f-themes-astronomy\"");
        assertThat(proposalsOfCall()).isZero();

        HttpResponse<String> english =
                visitor.header("Accept-Language", "en").post(formPath(), filledForm(visitor, values));
        assertThat(english.body()).contains("Title: this field is required.");
    }

    /**
     * A refused form, corrected and sent again at once, goes through: its fill time counts from the form's first
     * display, which the refusal keeps in the same signed key (it came back « envoyé trop vite » with a new one).
     */
    @Test
    void aFormCorrectedAtOnceAfterARefusalIsNotTooFast() throws Exception {
        PortalClient visitor = visitor();
        String email = "corrigee-" + CLIENTS.get() + "@example.org";
        HttpResponse<String> refused = visitor.post(formPath(), filledForm(visitor, validProposal("", email)));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Titre : ce champ est obligatoire.").doesNotContain("trop vite");
        List<Map.Entry<String, String>> corrected = new ArrayList<>(PortalClient.hiddenFields(refused.body()));
        corrected.addAll(validProposal("Contes de la forêt", email));
        HttpResponse<String> sent = visitor.post(formPath(), corrected);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(proposalsOfCall()).isEqualTo(1);
    }

    @Test
    void robotsAreAnsweredButNothingIsStored() throws Exception {
        PortalClient robot = visitor();
        List<Map.Entry<String, String>> honeypot = new ArrayList<>(validProposal("Robot", "robot@example.org"));
        honeypot.removeIf(e -> e.getKey().equals("website"));
        honeypot.add(Map.entry("website", "https://spam.example"));
        HttpResponse<String> answered = robot.post(formPath(), filledForm(robot, honeypot));
        assertThat(answered.statusCode()).isEqualTo(303);

        PortalClient hasty = visitor();
        HttpResponse<String> page = hasty.get(formPath());
        List<Map.Entry<String, String>> fast = new ArrayList<>(PortalClient.hiddenFields(page.body()));
        fast.addAll(validProposal("Trop rapide", "rapide@example.org"));
        HttpResponse<String> tooFast = hasty.post(formPath(), fast);
        assertThat(tooFast.statusCode()).isEqualTo(422);
        assertThat(tooFast.body()).contains("trop vite", "value=\"Trop rapide\"");
        // An empty form sent at once says what is missing too, not only that it came too fast.
        PortalClient emptyHanded = visitor();
        HttpResponse<String> empty = emptyHanded.post(
                formPath(),
                PortalClient.hiddenFields(emptyHanded.get(formPath()).body()));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("trop vite", "ce champ est obligatoire");
        runJobs();
        assertThat(proposalsOfCall()).isZero();
        assertThat(mailsTo("robot@example.org")).isEmpty();
    }

    @Test
    void afterTheDeadlineTheFormIsClosedAndNoLateSubmissionSlipsIn() throws Exception {
        PortalClient visitor = visitor();
        List<Map.Entry<String, String>> form = filledForm(visitor, validProposal("En retard", "retard@example.org"));
        call.setDeadline(OffsetDateTime.now().minusMinutes(1));
        calls.save(call);
        assertThat(visitor.get(formPath()).body()).contains("Le dépôt est fermé");
        HttpResponse<String> late = visitor.post(formPath(), form);
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("ne reçoit plus de proposition");
        assertThat(proposalsOfCall()).isZero();
    }

    @Test
    void submissionsAreLimitedPerAddressAndPerEmail() throws Exception {
        PortalClient flood = visitor();
        List<Map.Entry<String, String>> hidden =
                PortalClient.hiddenFields(flood.get(formPath()).body());
        int status = 0;
        for (int i = 0; i < 31; i++) {
            status = flood.post(formPath(), hidden).statusCode();
        }
        assertThat(status).isEqualTo(429);
        HttpResponse<String> limited = flood.post(formPath(), hidden);
        assertThat(limited.body()).contains("Trop de demandes");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();

        String email = "limite-" + CLIENTS.get() + "@example.org";
        for (int i = 0; i < 5; i++) {
            PortalClient visitor = visitor();
            assertThat(visitor.post(formPath(), filledForm(visitor, validProposal("Proposition " + i, email)))
                            .statusCode())
                    .isEqualTo(303);
        }
        PortalClient sixth = visitor();
        assertThat(sixth.post(formPath(), filledForm(sixth, validProposal("Une de trop", email)))
                        .statusCode())
                .isEqualTo(429);
        assertThat(proposalsOfCall()).isEqualTo(5);
    }

    @Test
    void theTrackingLinkOpensASessionAndShowsTheTimelineWithoutTheTokenInTheAddress() throws Exception {
        PortalClient visitor = visitor();
        String email = "suivi-" + CLIENTS.get() + "@example.org";
        visitor.post(formPath(), filledForm(visitor, validProposal("Suivie de près", email)));
        runJobs();
        String token = lastTrackingToken(email);

        HttpResponse<String> exchange = visitor.get("/suivi/" + token);
        assertThat(exchange.statusCode()).isEqualTo(303);
        assertThat(exchange.headers().firstValue("Location")).hasValue("/suivi");
        assertThat(exchange.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "Secure", "SameSite=Lax"));

        HttpResponse<String> page = visitor.get("/suivi");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Suivi de « Suivie de près »",
                        "Réception",
                        "Éligibilité",
                        "Accompagnement",
                        "Mise en relation",
                        "Forum des projets",
                        "Programme",
                        "aria-current=\"step\"",
                        "Corriger ma proposition",
                        "Retirer ma proposition")
                .doesNotContain(token);
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));

        // The session knows one proposal; nothing in a request can point it at another (SEC-03).
        Proposal other = submitAndFollow(visitor(), "autre-" + CLIENTS.get() + "@example.org");
        assertThat(visitor.get("/suivi?proposalId=" + other.getId() + "&reference=" + other.getReference())
                        .body())
                .contains("Suivie de près")
                .doesNotContain(other.getReference());
        assertThat(visitor().get("/suivi").statusCode()).isEqualTo(401);
    }

    @Test
    void aBadOrExpiredLinkSaysSoAndOffersANewOneAndGuessingIsLimited() throws Exception {
        PortalClient visitor = visitor();
        HttpResponse<String> bad = visitor.get("/suivi/" + "A".repeat(43));
        assertThat(bad.statusCode()).isEqualTo(404);
        assertThat(bad.body())
                .contains("Ce lien de suivi n&#39;est pas valable", "action=\"/suivi/lien\"", "name=\"email\"");

        String email = "expire-" + CLIENTS.get() + "@example.org";
        PortalClient applicant = visitor();
        applicant.post(formPath(), filledForm(applicant, validProposal("Expirée", email)));
        runJobs();
        String token = lastTrackingToken(email);
        jdbc.update(
                "update tracking_token set expires_at = now() - interval '1 minute' where proposal_id = ?",
                submitted(email).getId());
        assertThat(visitor().get("/suivi/" + token).statusCode()).isEqualTo(404);

        PortalClient guesser = visitor();
        for (int i = 0; i < 20; i++) {
            assertThat(guesser.get("/suivi/guess" + i).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> limited = guesser.get("/suivi/guess-21");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Trop de demandes");
    }

    @Test
    void anApplicantAnswersARequestForInformationFromTheTrackingPage() throws Exception {
        PortalClient visitor = visitor();
        String email = "reponse-" + CLIENTS.get() + "@example.org";
        Proposal proposal = submitAndFollow(visitor, email);
        Task check = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
        tasks.claim(check.getId(), "admin");
        Map<String, Object> decision = new HashMap<>();
        decision.put("eligibilityDecision", "INCOMPLETE");
        decision.put("missingInformation", "Le lieu exact et les horaires.");
        tasks.complete(check.getId(), decision);
        runJobs();
        assertThat(mailsTo(email)).hasSize(2);
        assertThat(visitor.get("/suivi/" + lastTrackingToken(email)).statusCode())
                .isEqualTo(303);

        String page = visitor.get("/suivi").body();
        assertThat(page)
                .contains("Informations demandées", "Le lieu exact et les horaires.", "action=\"/suivi/reponse\"");
        HttpResponse<String> refused = visitor.post("/suivi/reponse", withHidden(page, Map.entry("answer", " ")));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("ce champ est obligatoire");

        List<Map.Entry<String, String>> answer = withHidden(page, Map.entry("answer", "Salle Hubble, de 20 h à 23 h."));
        assertThat(visitor.post("/suivi/reponse", answer).statusCode()).isEqualTo(303);
        // Before the rules' job runs, the page already says the check is under way: no second answer is asked for.
        assertThat(visitor.get("/suivi").body())
                .contains("Votre réponse est enregistrée")
                .doesNotContain("action=\"/suivi/reponse\"");
        // The rules run again in a job of their own, then the check reopens.
        runJobs();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(proposal.getProcessInstanceId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("Task_CheckEligibility");
        assertThat(jdbc.queryForObject(
                        "select answer from information_answer where proposal_id = ?", String.class, proposal.getId()))
                .isEqualTo("Salle Hubble, de 20 h à 23 h.");
        // Answered once: the second answer finds nothing waiting and says so.
        HttpResponse<String> twice = visitor.post("/suivi/reponse", answer);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("Aucune information n&#39;est demandée");
    }

    static final Pattern ACTION_LINK =
            Pattern.compile("https://constellation\\.example\\.org/suivi/confirmer/([A-Za-z0-9_-]{43})");

    /** The single-use link of the last mail to this address. */
    String lastActionToken(String address) throws Exception {
        List<MimeMessage> received = mailsTo(address);
        Matcher link =
                ACTION_LINK.matcher(text(received.get(received.size() - 1).getContent()));
        assertThat(link.find()).as("a confirmation link in the last mail").isTrue();
        return link.group(1);
    }

    /** Asks for the withdrawal from the tracking page: a confirmation link leaves by mail. */
    String askToWithdraw(PortalClient visitor, String email) throws Exception {
        HttpResponse<String> confirm = visitor.get("/suivi/retrait");
        assertThat(confirm.body()).contains("Voulez-vous vraiment retirer", "lien à usage unique");
        HttpResponse<String> sent = visitor.post("/suivi/retrait", PortalClient.hiddenFields(confirm.body()));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Vérifiez votre messagerie", "10 minutes", "r***@example.org");
        runJobs();
        assertThat(mailsTo(email).get(mailsTo(email).size() - 1).getSubject()).contains("Confirmez le retrait");
        return lastActionToken(email);
    }

    static List<Map.Entry<String, String>> confirmation(String page, String token) {
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page));
        form.add(Map.entry("token", token));
        return form;
    }

    @Test
    void aWithdrawalIsConfirmedFromASingleUseLinkMailedNow() throws Exception {
        PortalClient visitor = visitor();
        String email = "retrait-" + CLIENTS.get() + "@example.org";
        Proposal proposal = submitAndFollow(visitor, email);
        String token = askToWithdraw(visitor, email);
        assertThat(proposals.findById(proposal.getId()).orElseThrow().getStatus())
                .isNotEqualTo(ProposalStatus.WITHDRAWN);

        // Opening the mail's link withdraws nothing (mail scanners open links): it asks, and the button confirms.
        PortalClient mailbox = visitor();
        HttpResponse<String> page = mailbox.get("/suivi/confirmer/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Je confirme le retrait", proposal.getTitle().replace("'", "&#39;"));
        assertThat(proposals.findById(proposal.getId()).orElseThrow().getStatus())
                .isNotEqualTo(ProposalStatus.WITHDRAWN);
        HttpResponse<String> done = mailbox.post("/suivi/confirmer", confirmation(page.body(), token));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/suivi/retire");
        assertThat(mailbox.get("/suivi/retire").body()).contains("Votre retrait est enregistré");
        runJobs();
        assertThat(proposals.findById(proposal.getId()).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(mailsTo(email)).hasSize(3);
        assertThat(visitor.get("/suivi").body())
                .contains("Vous avez retiré cette proposition", "arrêtée ici")
                .doesNotContain("href=\"/suivi/retrait\"");

        // Used once: the same link again does nothing and says so.
        HttpResponse<String> again = mailbox.post("/suivi/confirmer", confirmation(page.body(), token));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("Ce lien de confirmation n&#39;est plus valable");
        assertThat(visitor().get("/suivi/confirmer/" + token).statusCode()).isEqualTo(410);
    }

    @Test
    void aWithdrawalLinkLastsTenMinutesAndNoOtherLinkConfirms() throws Exception {
        PortalClient visitor = visitor();
        String email = "retrait-" + CLIENTS.get() + "@example.org";
        Proposal proposal = submitAndFollow(visitor, email);
        String trackingToken = lastTrackingToken(email);
        String token = askToWithdraw(visitor, email);
        assertThat(jdbc.queryForObject(
                        "select extract(epoch from expires_at - created_at) from tracking_token"
                                + " where proposal_id = ? and purpose = 'WITHDRAWAL'",
                        Double.class,
                        proposal.getId()))
                .isEqualTo(600.0);

        // A tracking link is not a confirmation, nor is a confirmation a tracking link.
        PortalClient stranger = visitor();
        String page = stranger.get("/suivi/confirmer/" + token).body();
        assertThat(stranger.get("/suivi/confirmer/" + trackingToken).statusCode())
                .isEqualTo(410);
        assertThat(stranger.post("/suivi/confirmer", confirmation(page, trackingToken))
                        .statusCode())
                .isEqualTo(410);
        assertThat(visitor().get("/suivi/" + token).statusCode()).isEqualTo(404);

        // Ten minutes later the link is gone, and nothing was withdrawn.
        jdbc.update(
                "update tracking_token set expires_at = now() - interval '1 second' where proposal_id = ?"
                        + " and purpose = 'WITHDRAWAL'",
                proposal.getId());
        assertThat(stranger.post("/suivi/confirmer", confirmation(page, token)).statusCode())
                .isEqualTo(410);
        assertThat(proposals.findById(proposal.getId()).orElseThrow().getStatus())
                .isNotEqualTo(ProposalStatus.WITHDRAWN);
    }

    @Test
    void aNewLinkRevokesTheOldOnesAndTheirSessions() throws Exception {
        PortalClient visitor = visitor();
        String email = "nouveau-" + CLIENTS.get() + "@example.org";
        submitAndFollow(visitor, email);
        String oldToken = lastTrackingToken(email);
        String page = visitor.get("/suivi").body();
        PortalClient otherDevice = visitor();
        assertThat(otherDevice.get("/suivi/" + oldToken).statusCode()).isEqualTo(303);

        HttpResponse<String> renewed = visitor.post("/suivi/nouveau-lien", PortalClient.hiddenFields(page));
        assertThat(renewed.body()).contains("Vérifiez votre messagerie", "n***@example.org");
        assertThat(otherDevice.get("/suivi").statusCode()).isEqualTo(401);
        assertThat(visitor().get("/suivi/" + oldToken).statusCode()).isEqualTo(404);
        runJobs();
        String newToken = lastTrackingToken(email);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(mailsTo(email).get(mailsTo(email).size() - 1).getSubject()).contains("nouveau lien de suivi");
        PortalClient fresh = visitor();
        assertThat(fresh.get("/suivi/" + newToken).statusCode()).isEqualTo(303);
        assertThat(fresh.get("/suivi").statusCode()).isEqualTo(200);
    }

    @Test
    void aStrangerAskingForALinkByAddressDoesNotCutTheHolderOff() throws Exception {
        PortalClient holder = visitor();
        String email = "convoite-" + CLIENTS.get() + "@example.org";
        submitAndFollow(holder, email);
        String holdersToken = lastTrackingToken(email);

        PortalClient stranger = visitor();
        stranger.post("/suivi/lien", withHidden(stranger.get("/suivi/lien").body(), Map.entry("email", email)));
        runJobs();
        String newToken = lastTrackingToken(email);
        assertThat(newToken).isNotEqualTo(holdersToken);
        assertThat(holder.get("/suivi").statusCode())
                .as("the holder's session stands")
                .isEqualTo(200);
        assertThat(visitor().get("/suivi/" + holdersToken).statusCode())
                .as("and so does their link")
                .isEqualTo(303);

        // Once the holder opens the new link, the older ones are retired.
        assertThat(visitor().get("/suivi/" + newToken).statusCode()).isEqualTo(303);
        assertThat(visitor().get("/suivi/" + holdersToken).statusCode()).isEqualTo(404);
    }

    @Test
    void askingForALinkByEmailAnswersAlikeForKnownAndUnknownAddresses() throws Exception {
        String email = "perdu-" + CLIENTS.get() + "@example.org";
        PortalClient applicant = visitor();
        applicant.post(formPath(), filledForm(applicant, validProposal("Lien perdu", email)));
        runJobs();
        smtp.purgeEmailFromAllMailboxes();

        PortalClient known = visitor();
        HttpResponse<String> knownAnswer =
                known.post("/suivi/lien", withHidden(known.get("/suivi/lien").body(), Map.entry("email", email)));
        PortalClient unknown = visitor();
        String stranger = "perdu-" + CLIENTS.get() + "@example.net";
        HttpResponse<String> unknownAnswer = unknown.post(
                "/suivi/lien", withHidden(unknown.get("/suivi/lien").body(), Map.entry("email", stranger)));
        assertThat(knownAnswer.statusCode())
                .isEqualTo(unknownAnswer.statusCode())
                .isEqualTo(200);
        assertThat(knownAnswer.body().replace("p***@example.org", "ADDRESS"))
                .isEqualTo(unknownAnswer.body().replace("p***@example.net", "ADDRESS"));
        runJobs();
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(mailsTo(stranger)).isEmpty();

        HttpResponse<String> invalid = known.post(
                "/suivi/lien", withHidden(known.get("/suivi/lien").body(), Map.entry("email", "pas une adresse")));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("adresse de courriel invalide");
    }

    @SafeVarargs
    static List<Map.Entry<String, String>> withHidden(String page, Map.Entry<String, String>... values) {
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page));
        form.addAll(List.of(values));
        return form;
    }

    @Test
    void theApplicantCorrectsTheProposalUntilAReviewerTakesUpTheCheck() throws Exception {
        PortalClient visitor = visitor();
        String email = "correction-" + CLIENTS.get() + "@example.org";
        Proposal proposal = submitAndFollow(visitor, email);
        HttpResponse<String> form = visitor.get("/suivi/modifier");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("Corriger ma proposition", "value=\"Nuit des étoiles\"", "value=\"" + email + "\"");

        List<Map.Entry<String, String>> corrected = new ArrayList<>(PortalClient.hiddenFields(form.body()));
        corrected.addAll(replacing("title", "Nuit des étoiles filantes"));
        corrected.removeIf(
                e -> e.getKey().equals("contactEmail") && !e.getValue().equals(email));
        corrected.add(Map.entry("contactEmail", email));
        List<Map.Entry<String, String>> invalid = new ArrayList<>(corrected);
        invalid.removeIf(e -> e.getKey().equals("summary"));
        assertThat(visitor.post("/suivi/modifier", invalid).statusCode()).isEqualTo(422);

        assertThat(visitor.post("/suivi/modifier", corrected).statusCode()).isEqualTo(303);
        assertThat(proposals.findById(proposal.getId()).orElseThrow().getTitle())
                .isEqualTo("Nuit des étoiles filantes");
        assertThat(runtime.getVariable(proposal.getProcessInstanceId(), "proposalTitle"))
                .isEqualTo("Nuit des étoiles filantes");

        Task check = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
        tasks.claim(check.getId(), "admin");
        assertThat(visitor.get("/suivi").body()).doesNotContain("href=\"/suivi/modifier\"");
        HttpResponse<String> refused = visitor.get("/suivi/modifier");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("ne peut plus être corrigée");
        assertThat(visitor.post("/suivi/modifier", corrected).statusCode()).isEqualTo(409);
    }

    @Test
    void aCorrectionRunsTheCallsRulesAgainAndSaysWhatChanged() throws Exception {
        PortalClient visitor = visitor();
        String email = "recheck-" + CLIENTS.get() + "@example.org";
        Proposal proposal = submitAndFollow(visitor, email);
        String instance = proposal.getProcessInstanceId();
        assertThat(runtime.getVariable(instance, "territoryAutomatic")).isEqualTo("PASS");
        assertThat(runtime.getVariable(instance, "datesVerdict")).isEqualTo("PASS");

        // Outside the territory, and after the season.
        List<Map.Entry<String, String>> corrected = new ArrayList<>(
                PortalClient.hiddenFields(visitor.get("/suivi/modifier").body()));
        corrected.addAll(validProposal("Nuit des étoiles", email));
        corrected.removeIf(e -> List.of("commune", "plannedStart", "plannedEnd").contains(e.getKey()));
        corrected.add(Map.entry("commune", "Chambéry"));
        corrected.add(Map.entry("plannedStart", "2031-01-10"));
        corrected.add(Map.entry("plannedEnd", "2031-01-10"));
        assertThat(visitor.post("/suivi/modifier", corrected).statusCode()).isEqualTo(303);

        assertThat(runtime.getVariable(instance, "territoryAutomatic")).isNotEqualTo("PASS");
        assertThat(runtime.getVariable(instance, "territoryAssessment").toString())
                .doesNotContain("Grenoble fait partie");
        assertThat(runtime.getVariable(instance, "datesAutomatic")).isEqualTo("FAIL");
        assertThat(runtime.getVariable(instance, "datesVerdict"))
                .as("the preset follows the new result")
                .isEqualTo("FAIL");
        assertThat(runtime.getVariable(instance, "proposalCorrections").toString())
                .contains(
                        "Commune où se déroule la proposition : Grenoble → Chambéry",
                        "Date de début prévue : 12 octobre 2027 → 10 janvier 2031",
                        "Critère dates : Rempli → Non rempli");

        String tracking = visitor.get("/suivi").body();
        assertThat(tracking).contains("Proposition corrigée le");
        assertThat(visitor.get("/suivi/donnees").body())
                .contains(
                        "Vos corrections de la proposition",
                        "Commune où se déroule la proposition : Grenoble → Chambéry");
        runJobs();
        assertThat(mailsTo(email))
                .extracting(MimeMessage::getSubject)
                .anySatisfy(subject ->
                        assertThat(subject).contains("Votre correction de « Nuit des étoiles » est enregistrée"));
        assertThat(jdbc.queryForObject(
                        "select changes from proposal_correction where proposal_id = ?",
                        String.class,
                        proposal.getId()))
                .contains("Grenoble → Chambéry");

        // Sending the same answers again changes nothing, and records nothing.
        assertThat(visitor.post("/suivi/modifier", corrected).statusCode()).isEqualTo(303);
        assertThat(jdbc.queryForObject(
                        "select count(*) from proposal_correction where proposal_id = ?", Long.class, proposal.getId()))
                .isEqualTo(1);
    }

    @Test
    void anEnglishApplicantIsAnsweredInEnglish() throws Exception {
        PortalClient visitor = visitor().header("Accept-Language", "en");
        String email = "english-" + CLIENTS.get() + "@example.org";
        List<Map.Entry<String, String>> values = replacing("language", "en");
        values.removeIf(e -> e.getKey().equals("contactEmail"));
        values.add(Map.entry("contactEmail", email));
        HttpResponse<String> sent = visitor.post(formPath(), filledForm(visitor, values));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(visitor.get("/appels/" + call.getSlug() + "/merci").body()).contains("Proposal received");
        runJobs();
        assertThat(mailsTo(email).get(0).getSubject()).contains("We received your proposal");
        assertThat(visitor.get("/suivi/" + lastTrackingToken(email)).statusCode())
                .isEqualTo(303);
        assertThat(visitor.get("/suivi").body()).contains("Where your proposal stands", "Eligibility");
    }
}
