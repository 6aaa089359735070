package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.TestDatabase;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.CallStatus;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 15's acceptance, over HTTP with real sign-ins: the administrator creates the team in Admin; a coordinator then
 * prepares a season and a call through the pages alone (no SQL, no demo code), picks its territory by EPCI, opens it;
 * an applicant submits on the portal and the check shows that call's criteria; the call is duplicated for the next
 * season and last season's applicant renews their proposal from the tracking page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallSetupIT extends PostgresIntegrationTest {

    /** A database of its own, so that the team starts from an empty one as a new installation does. */
    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        registry.add("constellation.it.database", () -> TestDatabase.created("constellation_setup_it"));
    }

    private static final String PASSWORD = "Relecture-Solide-2026!";
    private static final String ADMIN_PASSWORD = "Orbite-Sure-2026!";
    private static final Pattern CALL_ADDRESS = Pattern.compile("/coordination/appels/(\\d+)");
    private static final Pattern TRACKING_LINK =
            Pattern.compile("https://constellation\\.example\\.org/suivi/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    CallRepository calls;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Test
    @Order(1)
    void theTeamSetsUpOpensAndRenewsACallThroughThePagesAlone() throws Exception {
        assertThat(calls.count()).as("a new installation: no call yet").isZero();
        String n = Long.toString(System.nanoTime() % 1_000_000);
        String coordinatorId = "coord" + n;
        PortalClient admin = PortalClient.signedInToTasklist(port, "10.81.0.1", "admin", ADMIN_PASSWORD);
        teamMember(admin, coordinatorId, "coordinators");
        teamMember(admin, "relect" + n, "reviewers");
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.81.0.2", coordinatorId, PASSWORD);

        LocalDate today = LocalDate.now(PARIS);
        // A refused season names every mistake at once: the end before the start did not wait for the title.
        HttpResponse<String> refusedSeason = coordinator.post(
                "/coordination/saisons/nouvelle",
                form(
                        coordinator.get("/coordination/saisons/nouvelle").body(),
                        Map.of(
                                "title",
                                "",
                                "slug",
                                "saison-refusee-" + n,
                                "startsOn",
                                today.plusMonths(6).toString(),
                                "endsOn",
                                today.plusMonths(5).toString())));
        assertThat(refusedSeason.statusCode()).isEqualTo(200);
        assertThat(refusedSeason.body()).contains("Titre : à remplir", "Fin : la fin est avant le début");
        String season = season(coordinator, "saison-setup-" + n, "Saison " + n, today.plusMonths(6));

        // A refused draft: the page says why, beside each field, and keeps what was typed; nothing is stored. Dates out
        // of order are refused with the date they must follow, in words.
        Map<String, String> draft = callForm(season, "appel-setup-" + n, today);
        draft.put("title", "");
        draft.put("contactEmail", "pas-une-adresse");
        draft.put("deadline", today.minusDays(1) + "T12:00");
        draft.put("forumAt", today.minusDays(2) + "T18:00");
        HttpResponse<String> refused = coordinator.post(
                "/coordination/appels/nouveau",
                form(coordinator.get("/coordination/appels/nouveau").body(), draft));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "Titre : à remplir",
                        "Courriel de contact : une adresse de courriel valide",
                        "value=\"pas-une-adresse\"",
                        "appel-setup-" + n,
                        "Date limite de dépôt : la date limite doit suivre l’ouverture de l’appel (le "
                                + WrittenDates.day(today, Locale.FRENCH) + ")",
                        "Forum des projets : date et heure : le forum doit avoir lieu après la date limite de dépôt (le "
                                + WrittenDates.day(today.minusDays(1), Locale.FRENCH) + " à 12:00)");
        assertThat(calls.findBySlug("appel-setup-" + n)).isEmpty();

        // The draft, then an opening refused while the territory is missing: the page names it.
        draft = callForm(season, "appel-setup-" + n, today);
        draft.put("contactEmail", "");
        Long callId = createDraft(coordinator, draft);
        HttpResponse<String> early = coordinator.post(
                "/coordination/appels/" + callId + "/ouvrir",
                form(coordinator.get("/coordination/appels/" + callId).body(), Map.of()));
        assertThat(early.statusCode()).isEqualTo(303);
        String explained = coordinator.get("/coordination/appels/" + callId).body();
        assertThat(explained)
                .contains(
                        "L’appel ne peut pas encore ouvrir",
                        "Courriel de contact : à remplir avant",
                        "Communes du territoire : à remplir avant");
        assertThat(calls.findBySlug("appel-setup-" + n).orElseThrow().getStatus())
                .isEqualTo(CallStatus.DRAFT);

        // The territory from INSEE's list: the Métropole picked among the EPCIs as the page offers them (in
        // alphabetical
        // order, to type into), the nearby communes uploaded as a file.
        String setup = coordinator.get("/coordination/appels/" + callId).body();
        assertThat(setup).contains("list=\"epci-list\"", "value=\"Grenoble-Alpes-Métropole (200040715)\"");
        assertThat(setup.indexOf("value=\"Métropole de Lyon (")).isLessThan(setup.indexOf("value=\"Metz Métropole ("));
        territory(coordinator, callId, "TERRITORY", "REPLACE", "Grenoble-Alpes-Métropole (200040715)", "");
        assertThat(upload(coordinator, callId, "38140\n38563, 99999").statusCode())
                .isEqualTo(303);
        assertThat(coordinator.get("/coordination/appels/" + callId).body())
                .contains(
                        "communes introuvables : « 99999 »",
                        "Communes du territoire (49)",
                        "Grenoble (38185)",
                        "Territoires proches (0)");
        assertThat(upload(coordinator, callId, "38140\n38563").statusCode()).isEqualTo(303);
        draft.put("contactEmail", "appel-" + n + "@example.org");
        update(coordinator, callId, draft);
        String page = coordinator.get("/coordination/appels/" + callId).body();
        assertThat(page)
                .contains(
                        "Territoires proches (2)",
                        "Crolles (38140)",
                        "Rien ne manque",
                        "la version 1 est celle avec laquelle il ouvre")
                .doesNotContain("Règles de l’appel : version");

        open(coordinator, callId);
        Call call = calls.findBySlug("appel-setup-" + n).orElseThrow();
        assertThat(call.getStatus()).isEqualTo(CallStatus.OPEN);
        assertThat(call.getRulesVersion())
                .as("a draft's changes made no version")
                .isEqualTo(1);
        assertThat(coordinator.get("/coordination/appels/" + callId).body()).contains("Règles de l’appel : version 1");
        assertThat(new PortalClient(port, "10.81.0.3").get("/").body()).contains("Appel de la saison " + n);

        // An applicant in Grenoble and one in Crolles: the call's criteria, its territory, its own criterion.
        PortalClient applicant = new PortalClient(port, "10.81.0.4");
        Proposal grenoble =
                submitOnPortal(applicant, call, "Jardins partagés " + n, "Grenoble", "g" + n + "@example.org");
        Proposal crolles = submitOnPortal(
                new PortalClient(port, "10.81.0.5"),
                call,
                "Mare pédagogique " + n,
                "Crolles",
                "c" + n + "@example.org");
        Map<String, Object> check = checkVariables(grenoble);
        assertThat((String) check.get("territoryAssessment"))
                .startsWith("Rempli")
                .contains("Grenoble");
        assertThat((String) check.get("custom1Assessment")).isEqualTo("À vérifier — Le projet associe une école");
        assertThat(check)
                .containsEntry("callRulesVersion", Integer.toString(call.getRulesVersion()))
                .doesNotContainKey("publicAutomatic");
        assertThat((String) checkVariables(crolles).get("territoryAssessment"))
                .startsWith("À vérifier")
                .contains("Crolles", "territoires proches");

        // A change of the rules of an open call: a new version, said on the page; the check made before keeps its own.
        draft.put("minThemes", "2");
        update(coordinator, callId, draft);
        Call changed = calls.findById(callId).orElseThrow();
        assertThat(changed.getRulesVersion()).isGreaterThan(call.getRulesVersion());
        assertThat(coordinator.get("/coordination/appels/" + callId).body())
                .contains(
                        "Règles de l’appel : version " + changed.getRulesVersion(),
                        coordinatorId,
                        "Nombre de thèmes de l’appel demandés au moins : 1 → 2");
        assertThat(checkVariables(grenoble))
                .containsEntry("callRulesVersion", Integer.toString(call.getRulesVersion()));

        // Next season: the call duplicated into a draft without dates, then opened; the applicant renews.
        String next = season(coordinator, "saison-suivante-" + n, "Saison suivante " + n, today.plusMonths(18));
        HttpResponse<String> duplicated = coordinator.post(
                "/coordination/appels/" + callId + "/dupliquer",
                form(
                        coordinator.get("/coordination/appels/" + callId).body(),
                        Map.of("season", next, "slug", "appel-suivant-" + n)));
        Matcher copyAddress =
                CALL_ADDRESS.matcher(duplicated.headers().firstValue("Location").orElseThrow());
        assertThat(copyAddress.find()).isTrue();
        Long copyId = Long.valueOf(copyAddress.group(1));
        Call copy = calls.findWholeById(copyId).orElseThrow();
        assertThat(copy.getStatus()).isEqualTo(CallStatus.DRAFT);
        assertThat(copy.getOpensOn()).isNull();
        assertThat(copy.getDeadline()).isNull();
        assertThat(copy.getTerritory()).hasSize(49);
        assertThat(copy.getNearby()).hasSize(2);
        assertThat(copy.getCriteria()).extracting(c -> c.code()).contains("territory", "custom1", "ecole");
        Map<String, String> nextForm = callForm(next, "appel-suivant-" + n, today);
        nextForm.put("title", "Appel suivant " + n);
        update(coordinator, copyId, nextForm);
        open(coordinator, copyId);

        // The team invites last season's holders to renew, through the group mail.
        HttpResponse<String> invitation = coordinator.post(
                "/coordination/messages",
                form(
                        coordinator
                                .get("/coordination/messages/nouveau?appel=" + callId)
                                .body(),
                        Map.of(
                                "appel",
                                callId.toString(),
                                "objet",
                                "La saison suivante est ouverte",
                                "message",
                                "Bonjour, l'appel suivant est ouvert.",
                                "reconduire",
                                copyId.toString())));
        assertThat(invitation.statusCode()).as(invitation.body()).isEqualTo(303);
        runJobs();
        assertThat(lastMailTo("g" + n + "@example.org"))
                .contains(
                        "Pour reconduire votre proposition",
                        "Appel suivant " + n,
                        "https://constellation.example.org/suivi/lien");

        HttpResponse<String> tracking = applicant.get("/suivi/" + lastTrackingToken("g" + n + "@example.org"));
        assertThat(tracking.statusCode()).isEqualTo(303);
        assertThat(applicant.get("/suivi").body()).contains("/suivi/reconduire/appel-suivant-" + n);
        HttpResponse<String> prefilled = applicant.get("/suivi/reconduire/appel-suivant-" + n);
        assertThat(prefilled.statusCode()).isEqualTo(200);
        assertThat(prefilled.body())
                .contains("value=\"Jardins partagés " + n + "\"", "vos réponses de la saison passée");
        List<Map.Entry<String, String>> renewal = new ArrayList<>(PortalClient.hiddenFields(prefilled.body()));
        renewal.addAll(validProposal("Jardins partagés, deuxième saison " + n, "g" + n + "@example.org"));
        renewal.removeIf(e -> e.getKey().equals("themes") || e.getKey().equals("commune"));
        renewal.add(Map.entry("themes", "nature"));
        renewal.add(Map.entry("commune", "Grenoble"));
        HttpResponse<String> renewed = applicant.post("/suivi/reconduire/appel-suivant-" + n, renewal);
        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(303);
        runJobs();
        Proposal second = proposals.findAll().stream()
                .filter(p -> grenoble.getId().equals(p.getRenewedFromId()))
                .findFirst()
                .orElseThrow();
        assertThat(second.getCall().getSlug()).isEqualTo("appel-suivant-" + n);
        assertThat((String) checkVariables(second).get("renewedFrom"))
                .contains("Jardins partagés " + n, "Saison " + n, "Décisions", "Fiche programme : aucune");
        assertThat(applicant.get("/suivi").body()).doesNotContain("/suivi/reconduire/appel-suivant-" + n);
    }

    @Test
    @Order(2)
    void aCallWhoseOpeningDateIsAheadIsAnnouncedThenOpensOnThatDateByItsTimer() throws Exception {
        String n = Long.toString(System.nanoTime() % 1_000_000);
        PortalClient admin = PortalClient.signedInToTasklist(port, "10.81.1.1", "admin", ADMIN_PASSWORD);
        teamMember(admin, "coordt" + n, "coordinators");
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.81.1.2", "coordt" + n, PASSWORD);
        LocalDate today = LocalDate.now(PARIS);
        Map<String, String> values = callForm(
                season(coordinator, "saison-plus-tard-" + n, "Saison " + n, today.plusMonths(6)),
                "appel-plus-tard-" + n,
                today);
        values.put("opensOn", today.plusDays(3).toString());
        Long callId = createDraft(coordinator, values);
        // An EPCI typed by its name alone, as it reads, without picking it from the list.
        territory(coordinator, callId, "TERRITORY", "REPLACE", "grenoble alpes metropole", "");
        assertThat(calls.findWholeById(callId).orElseThrow().getTerritory()).hasSize(49);
        open(coordinator, callId);

        Call call = calls.findById(callId).orElseThrow();
        assertThat(call.getStatus()).isEqualTo(CallStatus.SCHEDULED);
        // Announced on the portal before its opening day, without its form (issue 28).
        HttpResponse<String> announced = new PortalClient(port, "10.81.1.3").get("/appels/appel-plus-tard-" + n);
        assertThat(announced.statusCode()).isEqualTo(200);
        assertThat(announced.body())
                .contains("Cet appel ouvrira le " + WrittenDates.day(today.plusDays(3), Locale.FRENCH) + ".")
                .doesNotContain("/appels/appel-plus-tard-" + n + "/proposer");
        Job opening = management
                .createJobQuery()
                .processInstanceId(call.getProcessInstanceId())
                .timers()
                .singleResult();
        assertThat(opening.getDuedate().toInstant())
                .isEqualTo(today.plusDays(3).atStartOfDay(PARIS).toInstant());
        management.executeJob(opening.getId());
        assertThat(calls.findById(callId).orElseThrow().getStatus()).isEqualTo(CallStatus.OPEN);
        assertThat(new PortalClient(port, "10.81.1.3")
                        .get("/appels/appel-plus-tard-" + n)
                        .statusCode())
                .isEqualTo(200);
    }

    /** Admin's way: a user with a profile and a password, then a member of the group. */
    private static void teamMember(PortalClient admin, String id, String group) throws Exception {
        HttpResponse<String> created = admin.json(
                "POST",
                "/camunda/api/engine/engine/default/user/create",
                "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Membre\",\"lastName\":\"" + id + "\",\"email\":\""
                        + id + "@example.org\"},\"credentials\":{\"password\":\"" + PASSWORD + "\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
        HttpResponse<String> member =
                admin.json("PUT", "/camunda/api/engine/engine/default/group/" + group + "/members/" + id, null);
        assertThat(member.statusCode()).as(member.body()).isEqualTo(204);
    }

    /** Creates a season on its page and gives back its id as the call form's select offers it. */
    private static String season(PortalClient coordinator, String slug, String title, LocalDate start)
            throws Exception {
        HttpResponse<String> saved = coordinator.post(
                "/coordination/saisons/nouvelle",
                form(
                        coordinator.get("/coordination/saisons/nouvelle").body(),
                        Map.of(
                                "title",
                                title,
                                "slug",
                                slug,
                                "startsOn",
                                start.toString(),
                                "endsOn",
                                start.plusYears(1).minusDays(1).toString(),
                                "themeLine",
                                "Environnement et biodiversité")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(title) + "</option>")
                .matcher(coordinator.get("/coordination/appels/nouveau").body());
        assertThat(option.find()).as("season " + title + " offered").isTrue();
        return option.group(1);
    }

    /** Every field of a call that can open, as a coordinator fills the page. */
    private static Map<String, String> callForm(String season, String slug, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", "Appel de la saison " + slug.replaceAll("\\D", ""));
        values.put("slug", slug);
        values.put("season", season);
        values.put("introduction", "Une saison de culture scientifique consacrée au vivant.");
        values.put("themes", "nature | Nature en ville | Nature in town\nClimat et transitions");
        values.put("dates", "on");
        values.put("datesLabel", "Se déroule pendant la saison");
        values.put("territory", "on");
        values.put("territoryLabel", "Dans la Métropole ou à proximité");
        values.put("themesCriterion", "on");
        values.put("themesLabel", "Dans un thème de l'appel");
        values.put("minThemes", "1");
        values.put("ownCriteria", "Le projet associe une école");
        values.put("bonusCriteria", "ecole | Associe des scolaires\nRéseau d'acteurs");
        values.put("opensOn", today.toString());
        values.put("deadline", today.plusDays(30) + "T23:59");
        values.put("contactName", "Claire Dumas");
        values.put("contactEmail", "appel@example.org");
        values.put(
                "umbrellaEvents",
                "Fête de la nature | " + today.plusMonths(7) + " | "
                        + today.plusMonths(7).plusDays(4));
        values.put("eligibilityCheckDays", "10");
        values.put("reviewerGroup", "reviewers");
        return values;
    }

    private static Long createDraft(PortalClient coordinator, Map<String, String> values) throws Exception {
        HttpResponse<String> created = coordinator.post(
                "/coordination/appels/nouveau",
                form(coordinator.get("/coordination/appels/nouveau").body(), values));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        Matcher address =
                CALL_ADDRESS.matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(address.find()).isTrue();
        return Long.valueOf(address.group(1));
    }

    private static void update(PortalClient coordinator, Long callId, Map<String, String> values) throws Exception {
        HttpResponse<String> saved = coordinator.post(
                "/coordination/appels/" + callId,
                form(coordinator.get("/coordination/appels/" + callId).body(), values));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    }

    private static void territory(
            PortalClient coordinator, Long callId, String target, String mode, String epci, String codes)
            throws Exception {
        HttpResponse<String> changed = coordinator.post(
                "/coordination/appels/" + callId + "/territoire",
                form(
                        coordinator.get("/coordination/appels/" + callId).body(),
                        Map.of("target", target, "mode", mode, "epci", epci, "codes", codes)));
        assertThat(changed.statusCode()).isEqualTo(303);
    }

    private void open(PortalClient coordinator, Long callId) throws Exception {
        HttpResponse<String> opened = coordinator.post(
                "/coordination/appels/" + callId + "/ouvrir",
                form(coordinator.get("/coordination/appels/" + callId).body(), Map.of()));
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(coordinator.get("/coordination/appels/" + callId).body())
                .doesNotContain("ne peut pas encore ouvrir");
    }

    /** Nearby communes added from an uploaded file of INSEE codes, as the page's file field sends it. */
    private static HttpResponse<String> upload(PortalClient coordinator, Long callId, String file) throws Exception {
        return coordinator.postMultipart(
                "/coordination/appels/" + callId + "/territoire",
                form(
                        coordinator.get("/coordination/appels/" + callId).body(),
                        Map.of("target", "NEARBY", "mode", "ADD", "epci", "", "codes", "")),
                "file",
                "codes.txt",
                file);
    }

    private Proposal submitOnPortal(PortalClient applicant, Call call, String title, String commune, String email)
            throws Exception {
        String formPath = "/appels/" + call.getSlug() + "/proposer";
        HttpResponse<String> page = applicant.get(formPath);
        assertThat(page.body()).contains("Nature en ville", "Associe des scolaires", "Fête de la nature");
        timeToFillTheForm();
        List<Map.Entry<String, String>> values = new ArrayList<>(PortalClient.hiddenFields(page.body()));
        values.addAll(validProposal(title, email));
        values.removeIf(e -> e.getKey().equals("themes") || e.getKey().equals("commune"));
        values.add(Map.entry("themes", "nature"));
        values.add(Map.entry("commune", commune));
        values.add(Map.entry("bonusCriteria", "ecole"));
        HttpResponse<String> sent = applicant.post(formPath, values);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        runJobs();
        return proposals.findAll().stream()
                .filter(p -> p.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Object> checkVariables(Proposal proposal) {
        Task check = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey(ProcessVariables.TASK_CHECK_ELIGIBILITY)
                .singleResult();
        assertThat(check).as("the eligibility check of " + proposal.getTitle()).isNotNull();
        return tasks.getVariables(check.getId());
    }

    /** The tracking link of the last mail that carries one: an invitation to renew carries none, by design. */
    private String lastTrackingToken(String address) throws Exception {
        String token = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Matcher link = TRACKING_LINK.matcher(text(message.getContent()));
            if (message.getAllRecipients()[0].toString().equals(address) && link.find()) {
                token = link.group(1);
            }
        }
        assertThat(token).as("a tracking link mailed to " + address).isNotNull();
        return token;
    }

    private String lastMailTo(String address) throws Exception {
        String last = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                last = text(message.getContent());
            }
        }
        assertThat(last).as("a mail to " + address).isNotNull();
        return last;
    }

    /** The page's hidden fields (its CSRF token) with the given values. */
    private static List<Map.Entry<String, String>> form(String page, Map<String, String> values) {
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page));
        values.forEach((key, value) -> form.add(Map.entry(key, value)));
        return form;
    }
}
