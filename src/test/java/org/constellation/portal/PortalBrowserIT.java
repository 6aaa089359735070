package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.constellation.Browsers;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallObligation;
import org.constellation.call.CallObligation.Kind;
import org.constellation.call.CallObligation.Relative;
import org.constellation.call.Funding;
import org.constellation.call.Jury;
import org.constellation.call.JuryCriterion;
import org.constellation.call.LabelCommitment;
import org.constellation.label.LabelKit;
import org.constellation.obligation.Evidence;
import org.constellation.obligation.Obligations;
import org.constellation.programme.Timing;
import org.constellation.proposal.BudgetAnswers;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.proposal.ProposalSubmission.Answer;
import org.constellation.proposal.TrackingLinks;
import org.constellation.report.EventReports;
import org.constellation.report.ReportForm;
import org.constellation.security.StaffAccessSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person in a real browser (Debian's headless Chromium), with JavaScript turned off: submits a proposal to the
 * reference-style call, reads the acknowledgement in GreenMail, follows the link, answers a request for information and
 * withdraws. A second browser, sharing the person's cookies, runs axe-core on every page they see: no serious or
 * critical violation of WCAG 2.1 A/AA is allowed. The same verdict on the team's pages, on issue 31's parts of the
 * holder's and the team's pages, a refusal shown on each form, and on issue 32's awards page.
 */
class PortalBrowserIT extends PostgresIntegrationTest {

    private static final Pattern TRACKING_LINK =
            Pattern.compile("https://constellation\\.example\\.org(/suivi/[A-Za-z0-9_-]{43})");

    static WebDriver person;
    static WebDriver auditor;

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TrackingLinks trackingLinks;

    @Autowired
    LabelKit labelKit;

    @Autowired
    Obligations obligations;

    @Autowired
    RuntimeService runtime;

    @Autowired
    EventReports eventReports;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    /** The first bytes of a PNG file: what the kit, a report and an obligation know a picture by. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @BeforeAll
    static void browsers() {
        Browsers.requireChromium();
        person = Browsers.open(false);
        auditor = Browsers.open(true);
    }

    @AfterAll
    static void close() {
        if (person != null) {
            person.quit();
        }
        if (auditor != null) {
            auditor.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens the page the person sees in the auditing browser, with the person's cookies, and runs axe-core on it. */
    void audit(String what) {
        String current = person.getCurrentUrl();
        auditor.get(url("/assets/portal.css"));
        auditor.manage().deleteAllCookies();
        for (Cookie cookie : person.manage().getCookies()) {
            auditor.manage().addCookie(cookie);
        }
        auditor.get(current);
        assertNoSeriousViolation(what);
    }

    void assertNoSeriousViolation(String what) {
        Browsers.assertNoSeriousViolation(auditor, what);
    }

    /** The auditing browser in the session of a member of the team signed in through Tasklist, and in no other. */
    void auditAs(PortalClient staff) {
        auditor.get(url("/assets/portal.css"));
        auditor.manage().deleteAllCookies();
        auditor.manage()
                .addCookie(new Cookie.Builder("JSESSIONID", staff.cookie("JSESSIONID"))
                        .path("/")
                        .isHttpOnly(true)
                        .build());
    }

    /** The auditing browser on a proposal's tracking page, through a new link of its holder's, in no other session. */
    void auditAsHolderOf(Long proposalId) {
        auditor.get(url("/assets/portal.css"));
        auditor.manage().deleteAllCookies();
        auditor.get(url(trackingLinks.issue(proposalId).getRawPath()));
        assertThat(auditor.getCurrentUrl()).isEqualTo(url("/suivi"));
    }

    /**
     * Waits for the element to go with its page: stale, or a node Chromium has already dropped ("does not belong to the
     * document"), which stalenessOf does not take for gone.
     */
    static void waitUntilGone(WebDriver browser, WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** Sends the auditing browser's form by this button; the answer replaces the page (after a redirect, perhaps). */
    void send(String button) {
        WebElement sent = auditor.findElement(By.cssSelector(button));
        sent.click();
        waitUntilGone(auditor, sent);
    }

    /** Types into a field of the auditing browser's page, in place of what it held. */
    void fill(String id, String text) {
        WebElement field = auditor.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void screenshot(String what) {
        Browsers.screenshot(auditor, what);
    }

    void type(String id, String text) {
        WebElement field = person.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void waitForText(String text) {
        // The page may be replaced while it is read: a stale element, or a node Chromium has already dropped ("does not
        // belong to the document"), is a page still on its way, not a failure; the wait reads the new one.
        new WebDriverWait(person, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(browser ->
                        browser.findElement(By.tagName("main")).getText().contains(text));
    }

    void click(String id) {
        person.findElement(By.id(id)).click();
    }

    void submit() {
        WebElement button = person.findElement(
                By.cssSelector("form.proposal-form button[type=submit], main form button[type=submit]"));
        button.click();
        // The answer replaces the page: until the button is gone, the browser still shows the form it sent.
        waitUntilGone(person, button);
    }

    String lastTrackingPath(String address) throws Exception {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
        assertThat(received).as("mails to " + address).isNotEmpty();
        Matcher link = TRACKING_LINK.matcher(text(received[received.length - 1].getContent()));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** The single-use confirmation link of the last mail to this address. */
    String lastActionPath(String address) throws Exception {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
        Matcher link = Pattern.compile("https://constellation\\.example\\.org(/suivi/confirmer/[A-Za-z0-9_-]{43})")
                .matcher(text(received[received.length - 1].getContent()));
        assertThat(link.find()).as("a confirmation link in the last mail").isTrue();
        return link.group(1);
    }

    @Autowired
    IdentityService identity;

    /** The coordinators' pages issue 14 changed, as a coordinator signed in through Tasklist sees them. */
    @Test
    void theCoordinatorsPagesPassAxeCore() throws Exception {
        String password = "Nebuleuse-Crabe-2026!";
        if (identity.createUserQuery().userId("coordnav").count() == 0) {
            User user = identity.newUser("coordnav");
            user.setPassword(password);
            identity.saveUser(user);
            identity.createMembership("coordnav", StaffAccessSetup.COORDINATORS);
        }
        Call call = openCall(c -> c.setPublishesDelays(true));
        OffsetDateTime start = OffsetDateTime.now(PARIS)
                .plusMonths(7)
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        Long proposalId = programmeEntry(call, "Soirée d'observation", List.of(new Timing(start, start.plusHours(2))));
        programmeReleases.release(call.getSeason().getId(), "coordnav", "Première version");
        runJobs();
        // The session Tasklist's sign-in opens, carried by the auditing browser.
        PortalClient staff = PortalClient.signedInToTasklist(port, "10.82.0.1", "coordnav", password);
        auditAs(staff);
        for (String page : List.of(
                "/coordination/courriels?appel=" + call.getId(),
                "/coordination/forum?appel=" + call.getId(),
                "/coordination/programme?appel=" + call.getId(),
                "/coordination/appels",
                "/coordination/appels/" + call.getId(),
                "/coordination/dossiers?appel=" + call.getId(),
                "/coordination/dossiers/" + proposalId,
                "/coordination/analyse?appel=" + call.getId(),
                "/coordination/analyse?saison=" + call.getSeason().getId(),
                "/coordination/analyse/carte?appel=" + call.getId() + "&schema=0",
                "/coordination/bilan?saison=" + call.getSeason().getId())) {
            auditor.get(url(page));
            assertThat(auditor.getPageSource()).as(page).contains(call.getTitle());
            assertNoSeriousViolation("coordination " + page);
            if (page.startsWith("/coordination/analyse") || page.startsWith("/coordination/dossiers?")) {
                // The case table and the heatmap fit the 1280-pixel window: what is wider scrolls within its own frame.
                assertThat(
                                (Boolean)
                                        ((JavascriptExecutor) auditor)
                                                .executeScript(
                                                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                        .as(page + " overflows the window")
                        .isTrue();
            }
        }
        // What an erasure on request would take, and the purge log (issue 18): read before anything is erased.
        for (String page :
                List.of("/coordination/dossiers/" + proposalId + "/effacement", "/coordination/effacements")) {
            auditor.get(url(page));
            assertThat(auditor.getPageSource())
                    .as(page)
                    .containsAnyOf("ne peut pas être défait", "Journal des effacements");
            assertNoSeriousViolation("coordination " + page);
        }
        // The selection committee's page and its register of withdrawals (issue 30), on a call with a jury.
        Call withJury = openCall(c -> c.getJury()
                .set(
                        true,
                        Jury.DEFAULT_EXPERT_GROUP,
                        2,
                        10,
                        3,
                        5,
                        2,
                        Jury.Aggregation.MEAN,
                        BigDecimal.valueOf(2),
                        Jury.TieBreak.FIRST_CRITERION,
                        Period.ofDays(14),
                        false,
                        false));
        for (String page : List.of(
                "/coordination/jury?appel=" + withJury.getId(),
                "/coordination/jury/deports?appel=" + withJury.getId())) {
            auditor.get(url(page));
            assertThat(auditor.getPageSource()).as(page).contains(withJury.getTitle());
            assertNoSeriousViolation("coordination " + page);
        }
        auditor.get(url("/coordination/expertise"));
        assertThat(auditor.getPageSource()).contains("Mes expertises");
        assertNoSeriousViolation("coordination expert's desk");
        // A labelling call (issue 31): its page with the label's fieldset and kit, a case's label page, and the public
        // form with its charter.
        Call labelling = openCall(c -> {
            c.getLabelling().set(true, "Made in Nouvelle-Aquitaine", "Le logo figure sur chaque support.");
            c.setLabelCommitments(List.of(
                    new LabelCommitment("Gratuit", LabelCommitment.CheckedBy.FORM),
                    new LabelCommitment("Un scientifique présent", LabelCommitment.CheckedBy.REVIEWER)));
        });
        Long labelCase = programmeEntry(labelling, "Nuit labellisée", List.of(new Timing(start, start.plusHours(2))));
        for (String page : List.of(
                "/coordination/appels/" + labelling.getId(),
                "/coordination/dossiers/" + labelCase + "/label",
                "/appels/" + labelling.getSlug() + "/proposer")) {
            auditor.get(url(page));
            assertThat(auditor.getPageSource()).as(page).contains("Made in Nouvelle-Aquitaine");
            assertNoSeriousViolation("label " + page);
        }
        // The season's bilan of an event held and reported (issue 31, V25's tables): its tables and its map.
        Call reported = openCall();
        OffsetDateTime past = start.minusMonths(9);
        Long held = programmeEntry(reported, "Conférence de l'an passé", List.of(new Timing(past, past.plusHours(2))));
        jdbc.update(
                "insert into event_report (proposal_id, call_id, publics, received_at) values (?, ?, ?, ?)",
                held,
                reported.getId(),
                "FAMILIES",
                OffsetDateTime.now());
        jdbc.update(
                "insert into event_report_session (report_id, position, starts_at, attendance, pupils, classes)"
                        + " select id, 0, ?, 40, 12, 1 from event_report where proposal_id = ?",
                past,
                held);
        auditor.get(url("/coordination/bilan?saison=" + reported.getSeason().getId()));
        assertThat(auditor.getPageSource()).contains(reported.getTitle(), "<circle");
        assertNoSeriousViolation("coordination season's bilan");
        // A territory file of postal codes and names: the communes each may be, to pick (issue 26).
        String callPage = "/coordination/appels/" + call.getId();
        List<Map.Entry<String, String>> territory =
                new ArrayList<>(PortalClient.hiddenFields(staff.get(callPage).body()));
        territory.addAll(List.of(
                Map.entry("target", "NEARBY"),
                Map.entry("mode", "ADD"),
                Map.entry("epci", ""),
                Map.entry("codes", "")));
        staff.postMultipart(callPage + "/territoire", territory, "file", "communes.csv", "38000\nSaint-Paul\n");
        auditor.get(url(callPage));
        assertThat(auditor.getPageSource()).contains("À préciser : quelle commune ?");
        assertNoSeriousViolation("coordination territory to pick");
        // The public delays page of a call with too few decisions yet (it answered 500).
        auditor.get(url("/appels/" + call.getSlug() + "/delais"));
        assertThat(auditor.getPageSource()).contains("Pas encore assez de propositions étudiées");
        assertNoSeriousViolation("delays page");
        auditor.get(url("/coordination/dossiers/" + proposalId));
        assertThat(auditor.getPageSource())
                .as("the case's story names its published entry")
                .contains("Fiche programme publiée", "Soirée d'observation");
        screenshot("coordination call page");
        // A new call refused as sent empty: the summary links each field, each field says why.
        auditor.get(url("/coordination/appels/nouveau"));
        assertNoSeriousViolation("coordination new call");
        send("main form button[type=submit]");
        assertThat(auditor.getPageSource()).contains("Titre : à remplir", "aria-invalid=\"true\"");
        assertNoSeriousViolation("coordination refused call");
        screenshot("coordination refused call");
        auditor.get(url("/coordination/saisons/nouvelle"));
        assertNoSeriousViolation("coordination new season");
        // The experts of a call that selects by jury, one member of its group listed with their profile's form.
        Call jury = openCall(c -> {
            c.getJury()
                    .set(
                            true,
                            Jury.DEFAULT_EXPERT_GROUP,
                            2,
                            3,
                            1,
                            5,
                            2,
                            Jury.Aggregation.MEAN,
                            BigDecimal.ONE,
                            Jury.TieBreak.COMMITTEE,
                            Period.ofDays(14),
                            false,
                            false);
            c.setJuryCriteria(List.of(new JuryCriterion("Qualité scientifique", 1)));
        });
        if (identity.createGroupQuery().groupId(Jury.DEFAULT_EXPERT_GROUP).count() == 0) {
            Group experts = identity.newGroup(Jury.DEFAULT_EXPERT_GROUP);
            experts.setName("Experts");
            identity.saveGroup(experts);
        }
        if (identity.createUserQuery().userId("expertnav").count() == 0) {
            User expert = identity.newUser("expertnav");
            expert.setFirstName("Lina");
            expert.setLastName("Experte");
            expert.setPassword(password);
            identity.saveUser(expert);
            identity.createMembership("expertnav", Jury.DEFAULT_EXPERT_GROUP);
        }
        auditor.get(url("/coordination/jury/experts?appel=" + jury.getId()));
        assertThat(auditor.getPageSource()).contains(jury.getTitle(), "Lina Experte");
        assertNoSeriousViolation("coordination jury experts");
    }

    /**
     * Issue 31's parts of the pages, on an event of a labelling call that owes an article (late) and a photo of the kit
     * (given), held last night: the holder's tracking page with its label, kit, obligations and report form, then with
     * a report and an address refused; the case page with the report received, the obligations and the label's link,
     * then with a report and an address refused; the case's label page, its withdrawal refused without a reason, then
     * done; the tracking page once the label is withdrawn.
     */
    @Test
    void theLabelObligationsAndReportPartsPassAxeCore() throws Exception {
        String label = "Fête de la Science en Isère";
        String password = "Charte-Etoilee-2026!";
        teamMember("coordlabelnav", password, StaffAccessSetup.COORDINATORS, "Inès Navigatrice");
        Call call = openCall(c -> {
            c.getLabelling().set(true, label, "Le logo figure sur chaque support, à sa taille d'origine.");
            c.setLabelCommitments(List.of(
                    new LabelCommitment("Gratuit", LabelCommitment.CheckedBy.FORM),
                    new LabelCommitment("Un scientifique présent", LabelCommitment.CheckedBy.REVIEWER)));
            c.setObligations(List.of(
                    new CallObligation("Article sur Echosciences", Kind.ARTICLE, 7, Relative.BEFORE),
                    new CallObligation("Photo du kit à l'événement", Kind.PHOTO, 2, Relative.AFTER)));
        });
        labelKit.add(call.getId(), "logo.png", PNG, "coordlabelnav");
        // Its holder took the charter; the team published the entry of last night's session, and it took place.
        List<Answer> charter = List.of(
                new Answer(Answer.ACCEPTED, "Entrée libre, sans réservation."),
                new Answer(Answer.ACCEPTED, "Une astronome du laboratoire anime la soirée."));
        String email = "label-navigateur-" + call.getId() + "@example.org";
        ProposalSubmission submitted = ProposalSubmission.fromFormValues(submission(call, "Nuit labellisée", email))
                .withCommitments(charter);
        Long id = proposalService.submit(submitted, Locale.FRENCH).getId();
        runJobs();
        OffsetDateTime lastNight =
                LocalDate.now(PARIS).minusDays(1).atTime(20, 0).atZone(PARIS).toOffsetDateTime();
        programmeEntries.edit(id, entryDetails(List.of(new Timing(lastNight, lastNight.plusHours(2)))));
        programmeEntries.publish(id);
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> proposals.findById(id).orElseThrow().moveTo(ProposalStatus.PUBLISHED, clock));
        List<ReportForm.Upload> kit = List.of(new ReportForm.Upload("kit.png", PNG));
        obligations.meet(id, 2, Evidence.read(Kind.PHOTO, null, null, kit, false), null);

        auditAsHolderOf(id);
        assertThat(auditor.getPageSource())
                .contains(
                        "Le label « " + label + " »",
                        "Télécharger logo.png",
                        "Vos engagements après la sélection",
                        "En retard : attendu au plus tard le",
                        "Le bilan de votre événement");
        assertNoSeriousViolation("tracking page: label, obligations, report");
        fill("report-attendance-0", "40");
        fill("report-pupils-0", "45");
        send("form[action='/suivi/bilan'] button[type=submit]");
        assertThat(auditor.getPageSource())
                .contains("Le bilan n'est pas enregistré", "id=\"report-pupils-0-error\"", "value=\"45\"");
        assertNoSeriousViolation("tracking page with a report refused");
        fill("obligation-1-url", "http://exemple.org/article");
        send("form[action='/suivi/obligations/1'] button[type=submit]");
        assertThat(auditor.getPageSource())
                .contains("id=\"obligation-1-url-error\"", "Une adresse complète, qui commence par https://");
        assertNoSeriousViolation("tracking page with an evidence refused");

        // The holder gave their report after all: the case page shows it, to be corrected.
        eventReports.give(
                id,
                ReportForm.read(
                        List.of(new ReportForm.Typed("40", "12", "1")),
                        List.of("FAMILIES"),
                        "Club d'astronomie de Grenoble",
                        "Ciel clair, une file devant chaque télescope.",
                        List.of(new ReportForm.Upload("soiree.png", PNG))),
                null);
        auditAs(PortalClient.signedInToTasklist(port, "10.82.0.2", "coordlabelnav", password));
        String casePath = "/coordination/dossiers/" + id;
        auditor.get(url(casePath));
        assertThat(auditor.getPageSource())
                .contains(
                        "Fréquentation par séance",
                        "Corriger le bilan",
                        "Obligations après la sélection",
                        "Remplie le",
                        "Le label de l’événement");
        assertNoSeriousViolation("case page: report, obligations, label");
        fill("report-pupils-0", "45");
        send("form[action='" + casePath + "/bilan'] button[type=submit]");
        assertThat(auditor.getPageSource()).contains("Le bilan n'est pas enregistré", "id=\"report-pupils-0-error\"");
        assertNoSeriousViolation("case page with a report refused");
        auditor.get(url(casePath));
        fill("obligation-1-url", "http://exemple.org/article");
        send("form#obligation-1 button[type=submit]");
        assertThat(auditor.getPageSource())
                .contains("id=\"obligation-1-url-error\"", "Une adresse complète, qui commence par https://");
        assertNoSeriousViolation("case page with an evidence refused");

        String labelPath = casePath + "/label";
        auditor.get(url(labelPath));
        assertThat(auditor.getPageSource())
                .contains("porte le label.", "Entrée libre, sans réservation.", "Retirer le label");
        assertNoSeriousViolation("case's label page");
        send("form[action='" + labelPath + "'] button[type=submit]");
        assertThat(auditor.getPageSource()).contains("Dites pourquoi le label est retiré");
        assertNoSeriousViolation("case's label page with a withdrawal refused");
        String reason = "L'entrée était payante le soir même, contrairement à l'engagement « Gratuit ».";
        fill("reason", reason);
        send("form[action='" + labelPath + "'] button[type=submit]");
        auditor.get(url(labelPath));
        assertThat(auditor.getPageSource()).contains("Label retiré le", reason);
        assertNoSeriousViolation("case's label page once withdrawn");

        auditAsHolderOf(id);
        assertThat(auditor.getPageSource()).contains("Le label a été retiré à votre événement", reason);
        assertNoSeriousViolation("tracking page once the label is withdrawn");
    }

    /**
     * Issue 32's pages: the awards page as a coordinator sees it, a funding call's envelope and a project to decide
     * with its budget, an award above the amount asked refused beside its field, the decision taken, the case's «
     * Subvention »; the call's funding settings; the holder's tracking page and final report form, refused then given;
     * the case page with its payments and final report; the public form's budget, refused.
     */
    @Test
    void theFundingAwardsPagePassesAxeCore() throws Exception {
        String password = "Enveloppe-Ouverte-2026!";
        teamMember("coordfundnav", password, StaffAccessSetup.COORDINATORS, "Odile Navigatrice");
        teamMember("revfundnav", password, StaffAccessSetup.REVIEWERS, "Rémi Relecteur");
        Call call = openCall(c -> {
            c.getFunding()
                    .set(
                            true,
                            3_000_000L,
                            1_500_000L,
                            60,
                            50,
                            Period.ofMonths(6),
                            Funding.AGREEMENT_THRESHOLD,
                            false,
                            "Grenoble-Alpes Métropole",
                            "35600000000048");
            c.setFundingCategories(List.of("Rémunération des intervenants", "Location de matériel"));
        });
        BudgetAnswers budget = new BudgetAnswers(
                "732 829 320 00074", List.of("20 000", "5 000"), null, "12 000", List.of(), "13 000", List.of());
        String email = "financement-navigateur-" + call.getId() + "@example.org";
        Proposal proposal = proposalService.submit(
                ProposalSubmission.fromFormValues(submission(call, "Planétarium itinérant", email))
                        .withBudget(budget),
                Locale.FRENCH);
        runJobs();
        Task check = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
        tasks.setAssignee(check.getId(), "revfundnav");
        tasks.complete(check.getId(), Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"));
        runJobs();

        auditAs(PortalClient.signedInToTasklist(port, "10.82.0.3", "coordfundnav", password));
        auditor.get(url("/coordination/financement?appel=" + call.getId()));
        assertThat(auditor.getPageSource()).contains(call.getTitle(), "Planétarium itinérant", "Budget prévisionnel");
        assertNoSeriousViolation("coordination funding awards");
        String amount = "f-" + proposal.getId() + "-amount";
        String award = "form#decision-" + proposal.getId() + " button[value=AWARD]";
        fill(amount, "15 000");
        send(award);
        assertThat(auditor.getPageSource()).contains("au plus le montant demandé", "id=\"" + amount + "-error\"");
        assertNoSeriousViolation("coordination funding awards with an award refused");
        fill(amount, "12 000");
        send(award);
        assertThat(auditor.getPageSource()).contains("Décisions prises", "SUB-");
        assertNoSeriousViolation("coordination funding awards once decided");
        auditor.get(url("/coordination/dossiers/" + proposal.getId()));
        assertThat(auditor.getPageSource()).contains("Subvention", "SUB-");
        assertNoSeriousViolation("case page with its subsidy");
        auditor.get(url("/coordination/appels/" + call.getId()));
        assertThat(auditor.getPageSource()).contains("Financement des projets");
        assertNoSeriousViolation("call page with its funding");

        // The advance paid, the project over: the holder's final report, refused in words, then given.
        runJobs();
        Task advance = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey("Task_ConfirmAdvance")
                .singleResult();
        tasks.complete(advance.getId(), Map.of("paymentReference", "M-NAV-1"));
        runJobs();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .timers()
                .activityId("Event_ProjectEnded")
                .singleResult()
                .getId());
        runJobs();
        auditAsHolderOf(proposal.getId());
        assertNoSeriousViolation("tracking page with its subsidy and its final report asked");
        auditor.get(url("/suivi/rapport-final"));
        assertThat(auditor.getPageSource()).contains("Rémunération des intervenants", "Location de matériel");
        assertNoSeriousViolation("final report form");
        send("form[action$='/suivi/rapport-final'] button[type=submit]");
        assertThat(auditor.getPageSource()).contains("id=\"final-report-activity-error\"");
        assertNoSeriousViolation("final report form with its errors");
        fill("final-report-activity", "Six séances, trois cents curieux sous la coupole.");
        fill("final-report-realised-0", "18 000");
        fill("final-report-realised-1", "4 000");
        send("form[action$='/suivi/rapport-final'] button[type=submit]");
        assertNoSeriousViolation("tracking page with its final report given");
        auditAs(PortalClient.signedInToTasklist(port, "10.82.0.4", "coordfundnav", password));
        auditor.get(url("/coordination/dossiers/" + proposal.getId()));
        assertThat(auditor.getPageSource()).contains("M-NAV-1", "Six séances");
        assertNoSeriousViolation("case page with its payments and final report");

        // The public form of a funding call asks for the budget; a budget refused says why beside its fields.
        auditor.manage().deleteAllCookies();
        auditor.get(url("/appels/" + call.getSlug() + "/proposer"));
        assertThat(auditor.getPageSource()).contains("Budget prévisionnel du projet");
        assertNoSeriousViolation("submission form with its budget");
        fill("f-budgetAsked", "99 999 999");
        send("form.proposal-form button[type=submit]");
        assertThat(auditor.getPageSource()).contains("error-summary");
        assertNoSeriousViolation("submission form with its budget refused");
        // What follows is the funding phase's own tests': no step of this case is left waiting.
        runtime.deleteProcessInstance(proposal.getProcessInstanceId(), "PortalBrowserIT: pages read", true);
    }

    /**
     * A public service's furniture (issue 28): the accessibility statement, the legal notice and the personal-data page
     * in both languages, and a call announced before its opening day with its form's address.
     */
    @Test
    void theLegalPagesAndAnAnnouncedCallPassAxeCore() {
        Call call = openCall(c -> c.setOpensOn(LocalDate.now(PARIS).plusDays(15)));
        for (String page : List.of(
                "/accessibilite",
                "/mentions-legales",
                "/donnees-personnelles",
                "/appels/" + call.getSlug(),
                "/appels/" + call.getSlug() + "/proposer")) {
            for (String language : List.of("fr", "en")) {
                auditor.get(url(page + "?lang=" + language));
                assertThat(auditor.findElement(By.tagName("html")).getAttribute("lang"))
                        .as(page)
                        .isEqualTo(language);
                assertNoSeriousViolation(page + " (" + language + ")");
            }
        }
        auditor.get(url("/?lang=fr"));
    }

    /** The public agenda of a released programme: list, filtered list, month grid, this month, an entry, versions. */
    @Test
    void theAgendaPagesPassAxeCore() {
        Call call = openCall(c -> {});
        OffsetDateTime start = OffsetDateTime.now(PARIS)
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        Long proposalId =
                programmeEntry(call, "Nuit des étoiles au parc", List.of(new Timing(start, start.plusHours(2))));
        // A second and a third event, so that the agenda reads as one: a card each, dates first.
        programmeEntry(
                call,
                "Atelier fusées à eau",
                List.of(new Timing(
                        start.plusDays(3).withHour(14), start.plusDays(3).withHour(17))));
        programmeEntry(
                call,
                "Conférence : la vie sur Mars ?",
                List.of(new Timing(
                        start.plusDays(9).withHour(18), start.plusDays(9).withHour(20))));
        programmeReleases.release(call.getSeason().getId(), "coordinatorit", "Première version");
        String season = "/programme/" + call.getSeason().getSlug();
        String entry = season + "/" + programmeEntries.current(proposalId).slug();
        for (String page : List.of(
                season,
                season + "?theme=astronomy&audience=FAMILIES",
                season + "/mois/" + YearMonth.from(start),
                season + "/ce-mois-ci",
                entry,
                season + "/versions")) {
            auditor.get(url(page));
            assertThat(auditor.getPageSource()).as(page).contains("Nuit des étoiles au parc");
            assertNoSeriousViolation(page);
        }
        auditor.get(url(season));
        assertThat(auditor.findElements(By.cssSelector(".agenda .event-card"))).hasSize(3);
        assertThat(auditor.findElement(By.cssSelector(".event-card .event-hour"))
                        .getText())
                .isEqualTo("20:00");
        assertThat(auditor.findElement(By.cssSelector(".event-card .event-umbrella"))
                        .getText())
                .isEqualTo("Nuit des étoiles");
    }

    @Test
    void aPersonSubmitsFollowsAnswersAndWithdrawsWithoutJavaScript() throws Exception {
        Call call = openCall();
        String email = "navigateur-" + call.getId() + "@example.org";

        person.get(url("/"));
        assertThat(person.getTitle()).contains("Appels à participation");
        audit("home");
        person.findElement(By.linkText(call.getTitle())).click();
        audit("call page");
        person.findElement(By.linkText("Déposer une proposition")).click();
        assertThat(person.findElement(By.tagName("h1")).getText()).isEqualTo("Déposer une proposition");
        audit("empty form");

        // Sent without the required fields: the errors are listed at the top, linked to their fields.
        timeToFillTheForm();
        submit();
        assertThat(person.getTitle()).startsWith("Erreur");
        WebElement summary = person.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Titre : ce champ est obligatoire.");
        auditor.get(url("/appels/" + call.getSlug() + "/proposer"));
        timeToFillTheForm();
        auditor.findElement(By.cssSelector("form.proposal-form button[type=submit]"))
                .click();
        assertNoSeriousViolation("form with errors");

        // The offers of a contribution only show for a contribution, without any script.
        assertThat(person.findElement(By.id("f-offerDescription")).isDisplayed())
                .isFalse();
        click("f-kind-CONTRIBUTION");
        assertThat(person.findElement(By.id("f-offerDescription")).isDisplayed())
                .isTrue();
        click("f-kind-PROJECT");
        assertThat(person.findElement(By.id("f-offerDescription")).isDisplayed())
                .isFalse();

        type("f-organisationName", "Club d'astronomie du Vercors");
        new Select(person.findElement(By.id("f-organisationType"))).selectByValue("ASSOCIATION");
        type("f-contactName", "Lucie Étoile");
        type("f-contactEmail", email);
        type("f-title", "Une nuit au télescope");
        type("f-summary", "Observation des planètes avec le public, télescopes fournis.");
        click("f-themes-astronomy");
        click("f-audiences-FAMILIES");
        // Day and month alike: the browser's date field reads the same whether it writes days or months first.
        person.findElement(By.id("f-plannedStart")).sendKeys("10102027");
        person.findElement(By.id("f-plannedEnd")).sendKeys("10102027");
        type("f-commune", "Échirolles");
        click("f-needs-SPEAKERS");
        submit();

        assertThat(person.findElement(By.tagName("h1")).getText()).isEqualTo("Proposition reçue");
        assertThat(person.findElement(By.tagName("main")).getText())
                .contains("Une nuit au télescope", "n***@example.org");
        audit("confirmation");

        runJobs();
        Proposal proposal = proposals.findAll().stream()
                .filter(p -> email.equals(p.getContactEmail()))
                .findFirst()
                .orElseThrow();
        assertThat(proposal.getPlannedStart()).hasToString("2027-10-10");
        assertThat(proposal.getCommuneInsee()).isEqualTo("38151");
        person.get(url(lastTrackingPath(email)));
        assertThat(person.getCurrentUrl()).isEqualTo(url("/suivi"));
        assertThat(person.findElement(By.tagName("h1")).getText()).isEqualTo("Suivi de « Une nuit au télescope »");
        audit("tracking page");
        person.findElement(By.linkText("Ce que nous gardons sur vous, à lire ou à télécharger"))
                .click();
        assertThat(person.findElement(By.tagName("main")).getText()).contains("Ce que nous gardons sur vous", email);
        audit("holder data");

        // A reviewer asks for more information; the person answers from the tracking page.
        Task check = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
        tasks.claim(check.getId(), "admin");
        tasks.complete(
                check.getId(),
                Map.of(
                        "eligibilityDecision",
                        "INCOMPLETE",
                        "missingInformation",
                        "Le nombre de télescopes et les horaires."));
        runJobs();
        person.get(url(lastTrackingPath(email)));
        assertThat(person.findElement(By.tagName("main")).getText())
                .contains("Le nombre de télescopes et les horaires.");
        audit("tracking page with a request for information");
        type("answer", "Quatre télescopes, de 20 h à minuit.");
        person.findElement(By.cssSelector("form[action='/suivi/reponse'] button"))
                .click();
        waitForText("Votre réponse est enregistrée");
        // The rules run again in a job of their own, then the check reopens.
        runJobs();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(proposal.getProcessInstanceId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("Task_CheckEligibility");

        person.findElement(By.linkText("Retirer ma proposition")).click();
        audit("withdrawal confirmation");
        person.findElement(By.cssSelector("form[action='/suivi/retrait'] button"))
                .click();
        // The mail job exists once the server has answered the POST: wait for the page before running jobs.
        waitForText("Vérifiez votre messagerie");
        audit("withdrawal link sent");
        runJobs();
        person.get(url(lastActionPath(email)));
        audit("withdrawal confirmation from the mail");
        person.findElement(By.cssSelector("form[action='/suivi/confirmer'] button"))
                .click();
        waitForText("Vous avez retiré cette proposition");
        runJobs();
        assertThat(proposals.findById(proposal.getId()).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(smtp.getReceivedMessagesForDomain(email)).hasSize(4);

        person.get(url("/suivi/" + "B".repeat(43)));
        assertThat(person.findElement(By.tagName("h1")).getText()).isEqualTo("Ce lien de suivi n'est pas valable");
        audit("invalid link");
        person.get(url("/suivi/lien"));
        audit("link request");
    }
}
