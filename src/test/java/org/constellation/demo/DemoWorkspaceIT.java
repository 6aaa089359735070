package org.constellation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.constellation.Browsers;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.TestDatabase;
import org.constellation.call.Call;
import org.constellation.call.CallObligation.Kind;
import org.constellation.call.CallRepository;
import org.constellation.obligation.ObligationView;
import org.constellation.obligation.Obligations;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.TaskNames;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16's acceptance on the demo data, on PostgreSQL: over HTTP as the demo coordinator, the case list, a case page,
 * a bulk label and a bulk message, both exports and the analytics page of this season's call; last season's label and
 * obligations (issue 31); in a real browser, Tasklist's list of every filter as the team sees it.
 *
 * <p>The application answers on a fixed port that is also its public address: the webapps' CSRF filter accepts
 * Tasklist's own requests only from that origin, and a browser on localhost sends its own.
 */
@TestPropertySource(properties = {"constellation.demo.enabled=true", "constellation.demo.password=Demo-Espace-2026!"})
class DemoWorkspaceIT extends PostgresIntegrationTest {

    private static final Pattern CASE = Pattern.compile("href=\"/coordination/dossiers/(\\d+)\"");

    private static final int PORT = freePort();
    private static final String ORIGIN = "http://localhost:" + PORT;

    @DynamicPropertySource
    protected static void database(DynamicPropertyRegistry registry) {
        registry.add("constellation.it.database", () -> TestDatabase.created("constellation_demo_it"));
        registry.add("server.port", () -> PORT);
        registry.add("CONSTELLATION_PUBLIC_BASE_URL", () -> ORIGIN);
        // Plain HTTP on localhost: a Secure cookie would not come back from this origin.
        registry.add("COOKIE_SECURE", () -> "false");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    TaskService tasks;

    @Autowired
    CallRepository calls;

    @Autowired
    Obligations obligations;

    @Test
    void theDemoCoordinatorWorksOnThisSeasonsCases() throws Exception {
        Call call = calls.findBySlug("environnement-et-biodiversite").orElseThrow();
        PortalClient coordinator =
                PortalClient.signedInToTasklist(port, "10.83.0.1", "coordinator", "Demo-Espace-2026!", ORIGIN);
        String list =
                coordinator.get("/coordination/dossiers?appel=" + call.getId()).body();
        assertThat(list)
                .contains(
                        "13 dossier(s)",
                        "Roches et fossiles des Alpes",
                        "Les ordinateurs qui prévoient le temps",
                        "Informations demandées : 1",
                        "Non éligible : 1");
        Matcher first = CASE.matcher(list);
        assertThat(first.find()).isTrue();
        String caseId = first.group(1);
        assertThat(coordinator.get("/coordination/dossiers/" + caseId).body())
                .contains("Histoire du dossier", "Ouvrir dans Cockpit");

        List<Map.Entry<String, String>> label = new ArrayList<>(PortalClient.hiddenFields(list));
        label.addAll(List.of(
                Map.entry("appel", call.getId().toString()),
                Map.entry("action", "LABEL"),
                Map.entry("etiquette", "démo"),
                Map.entry("dossier", caseId),
                Map.entry("confirme", "oui")));
        assertThat(coordinator.post("/coordination/dossiers/actions", label).statusCode())
                .isEqualTo(303);
        List<Map.Entry<String, String>> message = new ArrayList<>(PortalClient.hiddenFields(list));
        message.addAll(List.of(
                Map.entry("appel", call.getId().toString()),
                Map.entry("action", "MESSAGE"),
                Map.entry("objet", "Rencontre d'information"),
                Map.entry("message", "Une réunion a lieu jeudi."),
                Map.entry("dossier", caseId),
                Map.entry("confirme", "oui")));
        assertThat(coordinator.post("/coordination/dossiers/actions", message).statusCode())
                .isEqualTo(303);
        assertThat(coordinator.get("/coordination/dossiers/" + caseId).body())
                .contains("Étiquette ajoutée : démo", "Message aux porteurs : Rencontre d&#39;information");
        assertThat(coordinator
                        .get("/coordination/dossiers?appel=" + call.getId() + "&etiquette=d%C3%A9mo")
                        .body())
                .contains("1 dossier(s)");

        HttpResponse<String> csv = coordinator.get("/coordination/dossiers.csv?appel=" + call.getId());
        assertThat(csv.body().lines()).hasSize(14);
        HttpResponse<byte[]> xlsx = coordinator.getBytes("/coordination/dossiers.xlsx?appel=" + call.getId());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
        String analytics =
                coordinator.get("/coordination/analyse?appel=" + call.getId()).body();
        assertThat(analytics)
                .contains("<th scope=\"row\">Reçues</th><td>13</td>", "Entonnoir de l’appel", "Carte du processus");
        String season = coordinator
                .get("/coordination/analyse?saison=" + call.getSeason().getId())
                .body();
        assertThat(season)
                .contains(
                        "Analyse · Saison " + call.getSeason().getTitle(),
                        "Entonnoir de la saison",
                        "<th scope=\"row\">Reçues</th><td>13</td>");
        // Last season's events gave their reports: its bilan is full at first start, and so is its brochure.
        Call last = calls.findBySlug(DemoData.LAST_CALL_SLUG).orElseThrow();
        String bilan = coordinator
                .get("/coordination/bilan?saison=" + last.getSeason().getId())
                .body();
        // The demo's seasons move with today: whichever of its events are over gave their report.
        Matcher held = Pattern.compile("(\\d+) événement\\(s\\) ont eu lieu ; (\\d+) ont rendu leur bilan")
                .matcher(bilan);
        if (held.find()) {
            assertThat(held.group(2)).isEqualTo(held.group(1));
            assertThat(bilan).contains("<svg", "<circle");
        } else {
            assertThat(bilan).contains("Aucun événement n’a encore eu lieu");
        }
        HttpResponse<byte[]> brochure = coordinator.getBytes(
                "/coordination/bilan/brochure.pdf?saison=" + last.getSeason().getId() + "&format=A5");
        assertThat(brochure.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(brochure.body())) {
            String pages = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            proposals
                    .findByCallIdOrderById(last.getId())
                    .forEach(project -> assertThat(pages).contains(project.getTitle()));
        }
        // The heatmap's table counts, per step, the call's cases there now: as many as the engine holds open tasks.
        Map<String, Long> openTasks = tasks
                .createTaskQuery()
                .processInstanceBusinessKeyIn(proposals.findByCallIdOrderById(call.getId()).stream()
                        .map(p -> p.getReference())
                        .toArray(String[]::new))
                .list()
                .stream()
                .collect(Collectors.groupingBy(task -> TaskNames.step(task.getName()), Collectors.counting()));
        assertThat(openTasks).isNotEmpty();
        openTasks.forEach((step, count) -> assertThat(analytics)
                .as(step)
                .contains("<th scope=\"row\">" + step.replace("'", "&#39;") + "</th><td>" + count + "</td>"));
    }

    /**
     * Issue 31 on the demo data, whatever today's date: last season's labelling call with its three events on the
     * released programme, the escape game's label withdrawn and said so by the second version, its case and its bilan;
     * the obligations of last season's events, whose addresses were given ahead of them, the Muséum's article still
     * owed (in the late filter once its day is over) and its announcement recorded by the team.
     */
    @Test
    void lastSeasonHasItsLabelledEventsAndItsObligations() throws Exception {
        Call last = calls.findBySlug(DemoData.LAST_CALL_SLUG).orElseThrow();
        Call labelling = calls.findBySlug(DemoData.LABEL_CALL_SLUG).orElseThrow();
        assertThat(labelling.labels()).isTrue();
        assertThat(labelling.getLabelling().getName()).isEqualTo(DemoLabelling.LABEL);
        assertThat(labelling.getSeason().getId()).isEqualTo(last.getSeason().getId());
        List<Proposal> labelled = proposals.findByCallIdOrderById(labelling.getId());
        List<String> titles = DemoProposals.LABELLED.stream()
                .map(written -> (String) written.proposal().get("title"))
                .toList();
        assertThat(labelled).extracting(Proposal::getTitle).containsExactlyElementsOf(titles);

        // The public programme's second version: the label on each of the three, withdrawn from the escape game.
        JsonNode feed = new ObjectMapper()
                .readTree(new PortalClient(port, "10.83.0.2")
                        .get("/programme/" + last.getSeason().getSlug() + ".json")
                        .body());
        assertThat(feed.at("/version").asInt()).isEqualTo(2);
        Map<String, Boolean> withdrawn = new HashMap<>();
        feed.at("/entries").forEach(published -> {
            JsonNode label = published.at("/entry/label");
            if (label.isObject()) {
                assertThat(label.at("/name").asText()).isEqualTo(DemoLabelling.LABEL);
                withdrawn.put(
                        published.at("/entry/title").asText(),
                        label.at("/withdrawn").asBoolean());
            }
        });
        assertThat(withdrawn)
                .containsOnly(entry(titles.get(0), false), entry(titles.get(1), false), entry(titles.get(2), true));

        PortalClient coordinator =
                PortalClient.signedInToTasklist(port, "10.83.0.3", "coordinator", "Demo-Espace-2026!", ORIGIN);
        assertThat(coordinator
                        .get("/coordination/dossiers?appel=" + labelling.getId())
                        .body())
                .contains("3 dossier(s)", titles.get(0));
        assertThat(coordinator
                        .get("/coordination/dossiers/" + labelled.get(0).getId() + "/label")
                        .body())
                .contains("porte le label.", "Entrée libre et gratuite, sans réservation.", "Retirer le label");
        Proposal charging = labelled.get(DemoLabelling.WITHDRAWN);
        assertThat(coordinator
                        .get("/coordination/dossiers/" + charging.getId() + "/label")
                        .body())
                .contains(
                        "Label retiré le",
                        "par Camille Coordinatrice",
                        "La billetterie en ligne demande 8 € par joueur")
                .doesNotContain("Retirer le label</button>");
        // The label's bilan counts two events labelled and one label withdrawn, none supported (a labelling call
        // labels,
        // it supports nothing); those already held gave their report.
        String bilan = coordinator
                .get("/coordination/bilan?saison=" + last.getSeason().getId() + "&appel=" + labelling.getId())
                .body();
        assertThat(bilan)
                .contains(
                        "2 événement(s) labellisé(s) par un appel à labellisation ; 1 label(s) retiré(s)",
                        "0 proposition(s) accompagnée(s)");
        Matcher held = Pattern.compile("(\\d+) événement\\(s\\) ont eu lieu ; (\\d+) ont rendu leur bilan")
                .matcher(bilan);
        if (held.find()) {
            assertThat(held.group(2)).isEqualTo(held.group(1));
        } else {
            assertThat(bilan).contains("Aucun événement n’a encore eu lieu");
        }

        // Each event owes what its call asks; every announcement was given, the Muséum's by the team.
        List<Proposal> reference = proposals.findByCallIdOrderById(last.getId());
        for (Proposal event : reference) {
            List<ObligationView> owed = obligations.of(event.getId());
            assertThat(owed)
                    .extracting(ObligationView::kind)
                    .containsExactly(Kind.ARTICLE, Kind.ANNOUNCEMENT, Kind.PHOTO);
            assertThat(owed.get(1).evidenceUrl()).startsWith("https://www.echosciences-grenoble.fr/evenements/");
        }
        for (Proposal event : labelled) {
            List<ObligationView> owed = obligations.of(event.getId());
            assertThat(owed).extracting(ObligationView::kind).containsExactly(Kind.ANNOUNCEMENT, Kind.PHOTO);
            assertThat(owed.get(0).evidenceUrl()).startsWith("https://openagenda.com/fete-de-la-science/events/");
        }
        assertThat(obligations.of(charging.getId()).get(1).isMet())
                .as("a withdrawn label shows no kit")
                .isFalse();
        Proposal museum = reference.get(1);
        List<ObligationView> museumOwes = obligations.of(museum.getId());
        assertThat(museumOwes.get(0).isMet())
                .as("the Muséum's article never came")
                .isFalse();
        assertThat(museumOwes.get(1).checkedBy()).isEqualTo("reviewer1");
        assertThat(coordinator.get("/coordination/dossiers/" + museum.getId()).body())
                .contains("Obligations après la sélection", "preuve donnée par Romain Relecteur");
        String late = coordinator
                .get("/coordination/dossiers?appel=" + last.getId() + "&obligations=en-retard")
                .body();
        if (museumOwes.get(0).isLateOn(obligations.today())) {
            assertThat(late).contains(museum.getReference());
        } else {
            assertThat(late).doesNotContain(museum.getReference());
        }
    }

    /**
     * Every task of every filter a reviewer and the coordinator see names its proposal (reference and title) or its
     * call, as the engine holds it for that task; the Camunda 8 banner is hidden.
     */
    @Test
    void tasklistNamesTheProposalOfEveryTaskInEveryFilter() {
        Browsers.requireChromium();
        Map<String, String> proposalOfReference = new HashMap<>();
        proposals.findAll().forEach(p -> proposalOfReference.put(p.getReference(), p.getTitle()));
        List<String> callTitles = calls.findAll().stream().map(Call::getTitle).toList();
        WebDriver browser = Browsers.open(true);
        try {
            for (String user : List.of("reviewer1", "coordinator")) {
                int seen = 0;
                signIn(browser, user);
                int filters = browser.findElements(FILTER).size();
                assertThat(filters).as("filters of " + user).isPositive();
                for (int i = 0; i < filters; i++) {
                    WebElement link = browser.findElements(FILTER).get(i);
                    String filter = link.getText();
                    link.click();
                    List<String> names = taskNames(browser, filter);
                    for (String name : names) {
                        String[] parts = name.split(" · ");
                        assertThat(parts).as(user + ", " + filter + ": " + name).hasSizeGreaterThanOrEqualTo(2);
                        if (parts.length == 2) {
                            assertThat(callTitles)
                                    .as("a call's task names its call: " + name)
                                    .contains(parts[1]);
                        } else {
                            assertThat(proposalOfReference).as(name).containsKey(parts[1]);
                            assertThat(proposalOfReference.get(parts[1]))
                                    .as(name)
                                    .startsWith(parts[2].replace("…", ""));
                        }
                    }
                    seen += names.size();
                }
                assertThat(seen).as("tasks listed to " + user).isPositive();
                assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream()
                                .filter(WebElement::isDisplayed))
                        .as("Camunda 8 banner")
                        .isEmpty();
                // No axe-core verdict here: Tasklist's markup is Camunda's (it has critical violations of its own).
                Browsers.screenshot(browser, "tasklist " + user);
                browser.manage().deleteAllCookies();
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * Issue 28's acceptance in a French browser. As a reviewer: Tasklist's sign-in, lists, a check's form and the start
     * form in French, with French dates, and no serious or critical axe-core violation on any of them; « Propositions à
     * instruire » in priority order; the check shows the whole proposal and links to its case; form-js's required field
     * and a contradictory decision refused in French, the refusal above the buttons; the start form offers the open
     * calls. Signing in from a team page returns to it. Cockpit's dashboard and Admin's user page in French.
     */
    @Test
    void tasklistCockpitAndAdminSpeakFrenchAndTasklistPassesAxe() {
        Browsers.requireChromium();
        WebDriver browser = Browsers.open(true);
        try {
            browser.get(ORIGIN + "/coordination/dossiers");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
            assertThat(browser.getCurrentUrl())
                    .contains("/camunda/app/tasklist/")
                    .contains("retour=");
            assertThat(browser.findElement(By.cssSelector("button[type=submit]"))
                            .getText())
                    .isEqualTo("Se connecter");
            Browsers.assertNoSeriousViolation(browser, "tasklist sign-in");
            signIn(
                    browser,
                    "reviewer1",
                    "Demo-Espace-2026!",
                    null,
                    ExpectedConditions.urlContains("/coordination/dossiers"));
            assertThat(browser.getPageSource()).contains("Dossiers");

            browser.get(ORIGIN + "/camunda/app/tasklist/default/");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(FILTER));
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("Démarrer un processus", "Espace de l'équipe", "Propositions à instruire");
            browser.findElements(FILTER).stream()
                    .filter(link -> link.getText().startsWith("Propositions à instruire"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            List<String> names = taskNames(browser, "Propositions à instruire");
            assertThat(names).isNotEmpty();
            List<Integer> priorities = browser.findElements(By.cssSelector(".tasks-list li.task .priority")).stream()
                    .map(element -> Integer.valueOf(element.getText().strip()))
                    .toList();
            assertThat(priorities).as("in priority order").isSortedAccordingTo(Comparator.reverseOrder());
            String list = browser.findElement(By.cssSelector(".tasks-list")).getText();
            assertThat(list).contains("Échéance dans", "Priorité", "priorité ").doesNotContain("Due", "days", "ago");
            Browsers.assertNoSeriousViolation(browser, "tasklist list");

            browser.findElements(By.cssSelector(".tasks-list li.task h4.task a")).stream()
                    .filter(link -> link.getText().startsWith("Vérifier l'éligibilité"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//*[normalize-space(text())='Prendre en charge']")))
                    .click();
            WebElement complete = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//button[normalize-space(text())='Valider']")));
            WebElement sheet = browser.findElement(By.cssSelector("textarea[id$='-Field_check_eligibility_66']"));
            assertThat(sheet.getDomProperty("value"))
                    .contains("Commune où se déroule la proposition : ", "Publics visés : ");
            assertThat(browser.findElements(By.cssSelector(".fjs-form a[href^='/coordination/dossiers/']")))
                    .hasSize(1);
            assertThat(browser.findElement(By.cssSelector("input[id$='-Field_check_eligibility_68']"))
                            .getDomProperty("value"))
                    .startsWith("priorité ");
            Browsers.assertNoSeriousViolation(browser, "tasklist check form");
            click(browser, complete);
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(b -> b.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                            .anyMatch(e -> e.getText().contains("Ce champ est obligatoire.")));
            click(
                    browser,
                    browser.findElements(By.xpath("//label[normalize-space(.)='Critère non rempli']"))
                            .get(0));
            // A verdict departing from the rules' « Rempli » asks why (the form); eligible with a criterion not met is
            // refused by the rules (EligibilityReview).
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("textarea[id$='-Field_check_eligibility_22']")))
                    .sendKeys("Dates hors saison.");
            click(browser, browser.findElement(By.xpath("//label[normalize-space(.)='Éligible']")));
            click(browser, complete);
            // Tasklist draws its notifications again while they are read: a stale one is read again on the next try.
            WebElement refusal = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class)
                    .until(b -> b.findElements(By.cssSelector(".page-notifications .alert-danger")).stream()
                            .filter(alert -> alert.getText().contains("critères obligatoires"))
                            .findFirst()
                            .orElse(null));
            assertThat(refusal.getText())
                    .contains("La tâche n'a pas pu être validée", "tous les critères obligatoires doivent être remplis")
                    .doesNotContain("error", "An ");
            assertThat(refusal.getRect().getY() + refusal.getRect().getHeight())
                    .as("the refusal leaves the buttons seen")
                    .isLessThanOrEqualTo(complete.getRect().getY());
            Browsers.screenshot(browser, "tasklist refusal");

            browser.findElement(By.xpath("//a[contains(normalize-space(.), 'Démarrer un processus')]"))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//a[normalize-space(.)=\"Cycle de vie d'une proposition\"]")))
                    .click();
            WebElement call = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("input[id$='-Field_proposal_submission_02'][list]")));
            String open = calls.findAll().stream()
                    .filter(c -> c.acceptsSubmissionsAt(OffsetDateTime.now()))
                    .findFirst()
                    .orElseThrow()
                    .getSlug();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(b -> b.findElements(By.cssSelector(
                                            "#" + call.getDomAttribute("list") + " option[value='" + open + "']"))
                                    .size()
                            == 1);
            Browsers.assertNoSeriousViolation(browser, "tasklist start form");

            browser.manage().deleteAllCookies();
            // A new page, not the same one at another #address: signed out for the webapp too.
            browser.get("about:blank");
            signIn(browser, "admin", ADMIN_PASSWORD);
            browser.get(ORIGIN + "/camunda/app/cockpit/default/#/dashboard");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(b ->
                            b.findElement(By.tagName("body")).getText().contains("Instances de processus en cours"));
            Browsers.screenshot(browser, "cockpit dashboard");
            browser.get(ORIGIN + "/camunda/app/admin/default/#/users/reviewer1?tab=profile");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(b -> b.findElement(By.tagName("body")).getText().contains("Modifier l'utilisateur"));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("Prénom", "Courriel", "Groupes");
            Browsers.screenshot(browser, "admin user");
        } finally {
            browser.quit();
        }
    }

    /** Tasklist's fixed footer may lie over what a scroll brings into view: a click as the page's own script does. */
    private static void click(WebDriver browser, WebElement button) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", button);
    }

    /** The administrator of the integration tests (PostgresIntegrationTest). */
    private static final String ADMIN_PASSWORD = "Orbite-Sure-2026!";

    private static final By FILTER = By.cssSelector("[cam-tasklist-filters] .task-filter h4 a, .filters .item a");

    /**
     * Tasklist's login form, filled as a person does. A cold Tasklist may draw its login view again once its plugins
     * have loaded, emptying what was typed in the first instants: the form is then filled again, up to three times.
     */
    private void signIn(WebDriver browser, String user) {
        signIn(browser, user, "Demo-Espace-2026!");
    }

    private void signIn(WebDriver browser, String user, String secret) {
        signIn(
                browser,
                user,
                secret,
                ORIGIN + "/camunda/app/tasklist/default/#/login",
                ExpectedConditions.presenceOfElementLocated(FILTER));
    }

    /** From {@code page} (or the sign-in form already shown, when null) until {@code signedIn} holds. */
    private void signIn(WebDriver browser, String user, String secret, String page, ExpectedCondition<?> signedIn) {
        if (page != null) {
            browser.get(page);
        }
        for (int attempt = 1; ; attempt++) {
            WebElement name = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
            name.clear();
            name.sendKeys(user);
            WebElement password = browser.findElement(By.cssSelector("input[type=password]"));
            password.clear();
            password.sendKeys(secret);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(attempt < 3 ? 10 : 30)).until(signedIn);
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    Browsers.pageSource(browser, "tasklist sign-in " + user);
                    throw e;
                }
            }
        }
    }

    /** The names in the list once the chosen filter is active and its loader hides again (its query answered). */
    private List<String> taskNames(WebDriver browser, String filter) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.cssSelector(".task-filter.active"))
                                .getText()
                                .startsWith(filter)
                        && !b.findElement(By.cssSelector("[cam-tasks] > .loader"))
                                .isDisplayed());
        return browser.findElements(By.cssSelector(".tasks-list li.task h4.task a")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }
}
