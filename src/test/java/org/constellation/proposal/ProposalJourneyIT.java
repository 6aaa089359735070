package org.constellation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.forum.Partnerships;
import org.constellation.privacy.HolderExportRegister;
import org.constellation.workflow.ProcessVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/** One proposal from submission to publication and withdrawal, on PostgreSQL, with every mail read from SMTP. */
class ProposalJourneyIT extends PostgresIntegrationTest {

    @Autowired
    ProposalRepository proposals;

    @Autowired
    CallRepository calls;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    FormService forms;

    @Autowired
    RepositoryService repository;

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Partnerships partnerships;

    @LocalServerPort
    int port;

    @BeforeEach
    void followUpPerson() {
        if (identity.createUserQuery().userId("referent").count() == 0) {
            User user = identity.newUser("referent");
            user.setFirstName("Rémi");
            user.setLastName("Référent");
            user.setPassword("Comete-Halley-2026!");
            identity.saveUser(user);
        }
    }

    Proposal submit(Call call, String title, String email) {
        return submit(submission(call, title, email));
    }

    Proposal submit(Map<String, Object> values) {
        Proposal proposal = proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
        runJobs();
        return proposals.findById(proposal.getId()).orElseThrow();
    }

    void complete(Proposal proposal, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey).isNotNull();
        tasks.claim(task.getId(), task.getAssignee() == null ? "referent" : task.getAssignee());
        tasks.complete(task.getId(), variables);
        runJobs();
    }

    List<String> subjectsTo(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address))
                .map(message -> {
                    try {
                        return message.getSubject();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    String bodyOfLastMailTo(String address) throws Exception {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
        return text(received[received.length - 1].getContent());
    }

    @Test
    void aProposalWalksFromSubmissionToThePublishedProgrammeAndIsWithdrawn() throws Exception {
        Call call = openCall();
        String title = "Nuit des étoiles <b>&</b> ${7*7}";
        Map<String, Object> given = submission(call, title, "alice@example.org");
        given.put("contactPhone", "+33 4 76 00 00 01");
        given.put("description", "Des télescopes sous les arbres du parc, et un astronome pour les commenter.");
        Proposal holder = submit(given);
        Proposal partner = submit(call, "Prêt d'une coupole", "bruno@example.org");
        assertThat(holder.getCommuneInsee())
                .as("commune resolved in the territory")
                .isEqualTo("38185");
        // Matching suggests only proposals found eligible: the partner is; another one is still being checked.
        complete(partner, "Task_CheckEligibility", Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"));
        Proposal unchecked = submit(call, "Projet encore à l'étude", "claire@example.org");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(holder.getReference())
                        .count())
                .isOne();

        // The reviewer asks for information, then finds the proposal out of the call's themes against the rules;
        // another
        // person of the team sends that back to the check with a note. The holder reads all of it in their data.
        complete(
                holder,
                "Task_CheckEligibility",
                Map.of(
                        "eligibilityDecision",
                        "INCOMPLETE",
                        "missingInformation",
                        "À quelle heure commence la soirée ?"));
        holderActions.provideInformation(holder.getId(), "À 20 h, au parc Paul Mistral.", Locale.FRENCH);
        runJobs();
        complete(
                holder,
                "Task_CheckEligibility",
                Map.of(
                        "eligibilityDecision",
                        "INELIGIBLE",
                        "publicVerdict",
                        "PASS",
                        "themesVerdict",
                        "FAIL",
                        "themesReason",
                        "Une soirée d'observation relève plutôt de la fête de la science.",
                        "eligibilityReasons",
                        "Revenez nous voir avec un projet sur l'espace."));
        Task confirming = tasks.createTaskQuery()
                .processInstanceId(holder.getProcessInstanceId())
                .singleResult();
        assertThat(confirming.getTaskDefinitionKey()).isEqualTo("Task_ConfirmIneligibility");
        tasks.setAssignee(confirming.getId(), "coordinatorit");
        tasks.complete(
                confirming.getId(),
                Map.of(
                        "ineligibilityConfirmation",
                        "RETURNED",
                        "confirmationNote",
                        "L'astronomie est le premier thème de l'appel : à revoir."));
        runJobs();
        // The rules could not tell whether it is open to the general public (no audience given): the reviewer says.
        complete(holder, "Task_CheckEligibility", Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"));
        complete(
                holder,
                "Task_PlanAccompaniment",
                Map.of(
                        "accompanimentNeeds",
                        "Un intervenant",
                        "accompanimentActions",
                        "Contact avec l'observatoire",
                        "followUpPerson",
                        "referent"));
        assertThat(bodyOfLastMailTo("alice@example.org")).contains("Rémi Référent");
        // A holder who did not agree to introductions is neither offered nor accepted as a partner.
        Map<String, Object> private_ = submission(call, "Salle discrète", "discrete@example.org");
        private_.put("introductionConsent", "NO");
        Proposal discreet = proposals
                .findById(proposalService
                        .submit(ProposalSubmission.fromFormValues(private_), Locale.FRENCH)
                        .getId())
                .orElseThrow();
        runJobs();
        Task matching = tasks.createTaskQuery()
                .processInstanceId(holder.getProcessInstanceId())
                .singleResult();
        assertThat(tasks.getVariable(matching.getId(), "partnerCandidates").toString())
                .contains("\"" + partner.getId() + "\"")
                .doesNotContain("\"" + discreet.getId() + "\"")
                .doesNotContain("\"" + unchecked.getId() + "\"");
        // Every suggestion's reason is there whole, for the checklist may cut its label.
        String reasons = (String) tasks.getVariable(matching.getId(), "partnerReasons");
        for (JsonNode option : new ObjectMapper()
                .readTree(
                        tasks.getVariable(matching.getId(), "partnerCandidates").toString())) {
            String label = option.path("label").asText();
            if (label.startsWith("Suggéré : ")) {
                assertThat(reasons).contains("• " + label.substring("Suggéré : ".length()));
            }
        }
        assertThat(reasons).isNotBlank();
        assertThatThrownBy(() -> complete(
                        holder,
                        "Task_MatchPartners",
                        Map.of("introducedPartners", List.of(discreet.getId().toString()))))
                .hasMessageContaining("Partenaires à présenter : choix inconnu « " + discreet.getId() + " ».");
        complete(
                holder,
                "Task_MatchPartners",
                Map.of(
                        "introducedPartners",
                        List.of(partner.getId().toString()),
                        "introductionNote",
                        "La coupole accueillerait votre soirée."));
        assertThat(bodyOfLastMailTo("bruno@example.org"))
                .contains("alice@example.org")
                .contains("Alice Martin");
        assertThat(proposals.findById(holder.getId()).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.AWAITING_FORUM);

        holdForum(call);
        assertThat(proposals.findById(holder.getId()).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.PROGRAMME_ENTRY);
        // The partnership formed at the forum lists the partner on the programme entry.
        partnerships.record(
                call.getId(), holder.getId(), partner.getId(), "La coupole pour la soirée", "coordinatorit");
        Map<String, Object> entry = Map.of(
                "entryStartsAt",
                "2027-10-12T20:00+02:00",
                "entryEndsAt",
                "2027-10-12T23:30+02:00",
                "entryPlace",
                "Parc Paul Mistral, Grenoble",
                "entryShortDescription",
                "Le ciel d'automne aux télescopes.",
                "entryDescription",
                "Observation du ciel aux télescopes.",
                "entryOtherSessions",
                "13/10/2027 20:00-23:30",
                "entryAccessibility",
                List.of("mi"),
                "entryKeywords",
                "télescope, Saturne",
                "entryRegistration",
                "https://billetterie.example.org/nuit");
        Task preparing = tasks.createTaskQuery()
                .processInstanceId(holder.getProcessInstanceId())
                .singleResult();
        assertThat(tasks.getVariable(preparing.getId(), "entryShortDescription"))
                .as("the form starts from the proposal")
                .isEqualTo("Observation du ciel pour tous.");
        assertThatThrownBy(() -> complete(
                        holder,
                        "Task_PrepareProgrammeEntry",
                        with(entry, "entryOtherSessions", "13/10/2027 23:00-20:00")))
                .hasMessageContaining("la séance doit finir après son début");
        assertThatThrownBy(() ->
                        complete(holder, "Task_PrepareProgrammeEntry", with(entry, "entryAttendanceMode", "ONLINE")))
                .hasMessageContaining("obligatoire pour un événement en ligne");
        complete(holder, "Task_PrepareProgrammeEntry", entry);

        // The holder reads the entry from the mail's link, asks for a correction, then confirms the corrected entry.
        PortalClient applicant = new PortalClient(port, "10.78.0.1");
        Matcher link = Pattern.compile("/suivi/([A-Za-z0-9_-]{43})").matcher(bodyOfLastMailTo("alice@example.org"));
        assertThat(link.find()).as("the entry mail carries the tracking link").isTrue();
        applicant.get("/suivi/" + link.group(1));
        String page = applicant.get("/suivi").body();
        assertThat(page).contains("Votre fiche programme", "Parc Paul Mistral, Grenoble", "Je confirme la fiche");
        assertThat(page)
                .as("the tracking page shows the introductions")
                .contains(
                        "Vos mises en relation",
                        "Prêt d&#39;une coupole",
                        "Contact : Alice Martin, bruno@example.org",
                        "La coupole accueillerait votre soirée.");
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page));
        form.add(Map.entry("correction", " "));
        assertThat(applicant.post("/suivi/fiche", form).statusCode())
                .as("an empty correction")
                .isEqualTo(422);
        form.set(form.size() - 1, Map.entry("correction", "La soirée commence à 21 h."));
        assertThat(applicant.post("/suivi/fiche", form).statusCode()).isEqualTo(303);
        Task again = tasks.createTaskQuery()
                .processInstanceId(holder.getProcessInstanceId())
                .singleResult();
        assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_PrepareProgrammeEntry");
        assertThat(tasks.getVariable(again.getId(), "entryCorrection")).isEqualTo("La soirée commence à 21 h.");
        // Kept in our table for the case's story and erasure; never in the engine's history (issue 18).
        assertThat(jdbc.queryForObject(
                        "select count(*) from entry_correction where correction = 'La soirée commence à " + "21 h.'",
                        Long.class))
                .isEqualTo(1);
        for (String table : List.of("act_hi_varinst", "act_hi_detail")) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " where text_ like '%21 h.%' or name_ = "
                                    + "'entryCorrection'",
                            Long.class))
                    .as(table)
                    .isZero();
        }
        complete(holder, "Task_PrepareProgrammeEntry", entry);
        page = applicant.get("/suivi").body();
        form = new ArrayList<>(PortalClient.hiddenFields(page));
        form.add(Map.entry("confirm", "true"));
        assertThat(applicant.post("/suivi/fiche", form).statusCode()).isEqualTo(303);
        runJobs();
        assertThat(applicant.get("/suivi").body()).contains("Au programme").doesNotContain("Je confirme la fiche");
        assertHolderExportIsWholeAndTheirsAlone(applicant, holder);

        String uid = holder.getReference().toLowerCase() + "@constellation.example.org";
        assertThat(http.getForObject("/programme/" + call.getSeason().getSlug() + ".ics", String.class))
                .as("the feeds show the released version, and none is released yet")
                .doesNotContain("BEGIN:VEVENT");
        Task release = tasks.createTaskQuery()
                .processInstanceId(call.getProcessInstanceId())
                .singleResult();
        assertThat(release.getTaskDefinitionKey()).isEqualTo("Task_ReleaseProgramme");
        tasks.complete(release.getId(), Map.of("programmeReleased", true, "releaseNote", "Première version"));
        String feed = http.getForObject("/programme/" + call.getSeason().getSlug() + ".ics", String.class);
        assertThat(feed.replace("\r\n ", "")).contains("Avec : Club d'astronomie");
        assertThat(feed)
                .contains(
                        "BEGIN:VTIMEZONE",
                        "BEGIN:VEVENT",
                        "UID:" + uid,
                        "SEQUENCE:0",
                        "STATUS:CONFIRMED",
                        "DTSTART;TZID=Europe/Paris:20271012T200000",
                        "RDATE;TZID=Europe/Paris:20271013T200000");
        assertThat(http.getForObject("/programme/" + call.getSeason().getSlug() + ".ics?theme=astronomy", String.class))
                .contains("UID:" + uid);
        assertThat(http.getForObject("/programme/" + call.getSeason().getSlug() + ".ics?commune=38151", String.class))
                .as("filtered on another commune")
                .doesNotContain("BEGIN:VEVENT");
        JsonNode openAgenda = new ObjectMapper()
                .readTree(http.getForObject(
                        "/programme/" + call.getSeason().getSlug() + ".openagenda.json", String.class));
        assertThat(openAgenda.at("/events/0/extIds/0/value").asText()).isEqualTo(uid);
        assertThat(openAgenda.at("/events/0/location/insee").asText()).isEqualTo("38185");
        assertThat(openAgenda.at("/events/0/accessibility/mi").asBoolean()).isTrue();
        assertThat(openAgenda.at("/events/0/timings").size()).isEqualTo(2);
        JsonNode jsonFeed = new ObjectMapper()
                .readTree(http.getForObject("/programme/" + call.getSeason().getSlug() + ".json", String.class));
        assertThat(jsonFeed.path("version").asInt()).isEqualTo(1);
        assertThat(jsonFeed.at("/entries/0/entry/shortDescription").asText())
                .isEqualTo("Le ciel d'automne aux télescopes.");
        assertThat(proposals.findById(holder.getId()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.PUBLISHED);

        // The public agenda lists the entry by month and gives it a page with schema.org Event JSON-LD.
        String agenda = html("/programme/" + call.getSeason().getSlug());
        String entryPath = "/programme/" + call.getSeason().getSlug() + "/" + uid.substring(0, uid.indexOf('@'));
        assertThat(agenda)
                .contains(
                        "Octobre 2027", "Nuit des étoiles &lt;b&gt;&amp;&lt;/b&gt; ${7*7}", entryPath, "Version 1 du");
        assertThat(html("/programme/" + call.getSeason().getSlug() + "/mois/2027-10"))
                .contains(entryPath, "Mardi 12 octobre", "Mercredi 13 octobre");
        assertThat(html("/programme/" + call.getSeason().getSlug() + "/versions"))
                .contains("Première version", "Ajouté");
        JsonNode event = jsonLd(html(entryPath));
        assertThat(event.path("@type").asText()).isEqualTo("Event");
        assertThat(event.path("name").asText()).isEqualTo(title);
        assertThat(event.path("startDate").asText()).isEqualTo("2027-10-12T20:00:00+02:00");
        assertThat(event.path("endDate").asText()).isEqualTo("2027-10-12T23:30:00+02:00");
        assertThat(event.path("location")
                        .path("address")
                        .path("addressLocality")
                        .asText())
                .isEqualTo("Grenoble");
        assertThat(event.path("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(event.path("eventAttendanceMode").asText())
                .isEqualTo("https://schema.org/OfflineEventAttendanceMode");

        // Calendar clients poll cheaply: the same feed again is a 304 without a body.
        ResponseEntity<String> first =
                http.getForEntity("/programme/" + call.getSeason().getSlug() + ".ics", String.class);
        assertThat(first.getHeaders().getETag()).isNotBlank();
        assertThat(first.getHeaders().getLastModified()).isPositive();
        HttpHeaders conditional = new HttpHeaders();
        conditional.setIfNoneMatch(first.getHeaders().getETag());
        assertThat(http.exchange(
                                "/programme/" + call.getSeason().getSlug() + ".ics",
                                HttpMethod.GET,
                                new HttpEntity<>(conditional),
                                String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(304);
        // The print programme opens in a spreadsheet with its accents: UTF-8 with a byte order mark, semicolons.
        byte[] csv = http.getForObject("/programme/" + call.getSeason().getSlug() + ".csv", byte[].class);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains("Titre;Résumé;Début;Fin;Séances;Lieu;Adresse;Commune;Code INSEE")
                .contains(
                        "Nuit des étoiles <b>&</b> ${7*7};Le ciel d'automne aux télescopes.;12/10/2027 20:00;13/10/2027 23:30;")
                .contains(";Parc Paul Mistral, Grenoble;;Grenoble;38185;", "Handicap moteur", "Programmé;" + uid);

        holderActions.withdraw(holder.getId());
        runJobs();
        assertThat(http.getForObject("/programme/" + call.getSeason().getSlug() + ".ics", String.class))
                .as("the withdrawal reaches the feeds with the next version")
                .contains("STATUS:CONFIRMED");
        programmeReleases.release(call.getSeason().getId(), "coordinatorit", null);
        String updated = http.getForObject("/programme/" + call.getSeason().getSlug() + ".ics", String.class);
        assertThat(updated).contains("UID:" + uid, "SEQUENCE:1", "STATUS:CANCELLED");
        assertThat(jsonLd(html(entryPath)).path("eventStatus").asText()).isEqualTo("https://schema.org/EventCancelled");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(holder.getProcessInstanceId())
                        .count())
                .isZero();

        assertThat(subjectsTo("alice@example.org"))
                .containsExactly(
                        "[" + call.getTitle() + "] Nous avons bien reçu votre proposition « " + title + " »",
                        "[" + call.getTitle() + "] Informations à compléter pour « " + title + " »",
                        "[" + call.getTitle() + "] Votre proposition « " + title + " » est éligible",
                        "[" + call.getTitle() + "] Votre accompagnement pour « " + title + " »",
                        "[" + call.getTitle() + "] Une mise en relation pour « " + title + " »",
                        "[" + call.getTitle() + "] Invitation au forum des projets pour « " + title + " »",
                        "[" + call.getTitle() + "] Rappel : forum des projets, « " + title + " »",
                        "[" + call.getTitle() + "] Votre fiche programme pour « " + title + " » : à vérifier",
                        "[" + call.getTitle() + "] Votre fiche programme pour « " + title + " » : à vérifier",
                        "[" + call.getTitle() + "] « " + title + " » est au programme",
                        "[" + call.getTitle() + "] Retrait de « " + title + " » confirmé");
        assertThat(subjectsTo("bruno@example.org"))
                .as("acknowledgement, eligibility, introduction, forum invitation, reminder")
                .hasSize(5);
        for (MimeMessage mail : smtp.getReceivedMessagesForDomain("alice@example.org")) {
            assertReadable(mail, "fr", title);
        }
        MimeMessage[] toAlice = smtp.getReceivedMessagesForDomain("alice@example.org");
        assertThat(part(toAlice[5], "text/plain"))
                .as("the forum invitation")
                .contains("La Casemate, Grenoble", "Inscrivez-vous depuis votre page de suivi");
        assertThat(part(toAlice[9], "text/calendar"))
                .as("the published mail carries its event")
                .contains("METHOD:PUBLISH", "BEGIN:VEVENT", "UID:" + uid, "DTSTART;TZID=Europe/Paris:20271012T200000");
        // A calendar that imported the event removes it: same UID, a higher SEQUENCE, METHOD:CANCEL.
        assertThat(part(toAlice[10], "text/calendar"))
                .as("the withdrawal mail cancels the event")
                .contains("METHOD:CANCEL", "UID:" + uid, "SEQUENCE:1", "STATUS:CANCELLED");
        String withdrawal = part(toAlice[10], "text/html");
        // The literal expression in the mail proves it was not evaluated; a random reference may well contain "49".
        assertThat(withdrawal)
                .as("applicant text is escaped and never evaluated")
                .contains("&lt;b&gt;&amp;&lt;/b&gt; ${7*7}")
                .doesNotContain("<b>&</b>");
    }

    static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(values);
        changed.put(key, value);
        return changed;
    }

    /** A public page, asked for as a browser does. */
    String html(String path) {
        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> page = http.exchange(path, HttpMethod.GET, new HttpEntity<>(accept), String.class);
        assertThat(page.getStatusCode().value()).as(path).isEqualTo(200);
        return page.getBody();
    }

    /** The JSON-LD block of a page, read back as JSON. */
    static JsonNode jsonLd(String page) throws Exception {
        Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(block.find()).as("a JSON-LD block").isTrue();
        return new ObjectMapper().readTree(block.group(1));
    }

    @Test
    void aProposalEnteredByStaffInTasklistKeepsContactDetailsOutOfTheEngine() {
        Call call = openCall();
        String definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                .latestVersion()
                .singleResult()
                .getId();
        Map<String, Object> values = submission(call, "Saisie par téléphone", "sentinel.personne@example.org");
        values.put("contactPhone", "+33 4 76 00 00 00");
        String instance = forms.submitStartForm(definition, values).getId();
        runJobs();

        Proposal stored = proposals.findAll().stream()
                .filter(p -> instance.equals(p.getProcessInstanceId()))
                .findFirst()
                .orElseThrow();
        assertThat(stored.getContactEmail()).isEqualTo("sentinel.personne@example.org");
        assertThat(runtime.getVariable(instance, ProcessVariables.PROPOSAL_ID)).isEqualTo(stored.getId());
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getBusinessKey())
                .isEqualTo(stored.getReference())
                .doesNotContain("@");
        for (String query : List.of(
                "select count(*) from act_ru_variable where text_ like '%sentinel%' or text_ like '%76 00%'",
                "select count(*) from act_hi_varinst where text_ like '%sentinel%' or text_ like '%76 00%'",
                "select count(*) from act_hi_detail where text_ like '%sentinel%' or text_ like '%76 00%'",
                "select count(*) from act_hi_procinst where business_key_ like '%sentinel%'")) {
            assertThat(jdbc.queryForObject(query, Long.class)).as(query).isZero();
        }
    }

    @Test
    void aBadStartFormIsRefusedInFrenchAndLeavesNothingBehind() {
        Call call = openCall();
        String definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                .latestVersion()
                .singleResult()
                .getId();
        Map<String, Object> values = submission(call, "x".repeat(201), "pas-une-adresse");
        long proposalsBefore = proposals.count();
        long instancesBefore = runtime.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> forms.submitStartForm(definition, values))
                .hasMessageContaining("Titre : 200 caractères au plus.")
                .hasMessageContaining("Courriel : adresse de courriel invalide.");
        assertThat(proposals.count()).isEqualTo(proposalsBefore);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void aLateProposalIsRefusedWithTheReason() {
        Call call = openCall();
        call.setDeadline(OffsetDateTime.now().minusMinutes(1));
        calls.save(call);
        Map<String, Object> values = submission(call, "Trop tard", "late@example.org");
        long before = proposals.count();
        assertThatThrownBy(() -> proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.ENGLISH))
                .isInstanceOf(SubmissionRejected.class)
                .hasMessage(
                        "Call: this call does not accept proposals at this date (deadline passed or not open yet).");
        assertThat(proposals.count()).isEqualTo(before);
    }

    /** Where the file holds values a page would show as codes; the page says them in words (issue 27). */
    static final List<String> CODED = List.of(
            "/status",
            "/steps/*/status",
            "/submitted/kind",
            "/submitted/organisationType",
            "/submitted/language",
            "/submitted/themes",
            "/submitted/audiences",
            "/submitted/needs",
            "/submitted/offers",
            "/submitted/schoolInvolvement",
            "/submitted/introductionConsent",
            "/submitted/plannedStart",
            "/submitted/plannedEnd",
            "/eligibility/*/outcome",
            "/eligibility/*/criteria/*/verdict",
            "/programmeEntry/status",
            "/report/publics",
            "/mails/*/status");
    /** Rows of the register this case has nothing for: a project lends nothing, its venue was given no street. */
    static final Set<String> NOT_IN_THIS_CASE = Set.of(
            "/submitted/offerDescription",
            "/programmeEntry/streetAddress",
            // PortalIT corrects a proposal and reads it back.
            "/proposalCorrections/*/text",
            // A call without a jury; JuryJourneyIT reads the committee's motivation back.
            "/selection/*/motivation",
            // The journey stops at publication; EventReportIT reads the event's report back.
            "/report/publics",
            "/report/partners",
            "/report/account",
            "/report/photos",
            // A call without obligations; ObligationsIT reads their evidence back.
            "/obligations/*/evidenceUrl",
            "/obligations/*/evidenceText",
            // A call without a label; LabelJourneyIT reads the charter's answers and a withdrawal back.
            "/label/commitments/*/how",
            "/label/withdrawalReason",
            // A call that funds nothing; FundingCallIT reads the budget back, PaymentsIT the final report.
            "/budget/siret",
            "/budget/inKind/*/description",
            "/finalReport/activity",
            "/finalReport/sentBackReason",
            // No subsidy decided; AwardsIT reads an award's and a refusal's back.
            "/funding/reason",
            "/funding/conditions");

    /**
     * Issue 18: the holder's export has every field they gave (as the form names them), their answers, every mail sent
     * to them as the SMTP server received it, and nothing of applicants they were not introduced to. Issue 27: the file
     * and the page hold each row of the register's « What the holder reads », and the page shows no code.
     */
    void assertHolderExportIsWholeAndTheirsAlone(PortalClient applicant, Proposal holder) throws Exception {
        HttpResponse<String> file = applicant.get("/suivi/donnees.json");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        JsonNode export = new ObjectMapper().readTree(file.body());
        Map<String, Object> given = new TransactionTemplate(transactions)
                .execute(status -> ProposalSubmission.of(
                                proposals.findById(holder.getId()).orElseThrow())
                        .asFormValues());
        given.forEach((field, value) -> assertThat(
                        export.path("submitted").path(field).isMissingNode())
                .as("field " + field)
                .isFalse());
        assertThat(export.path("submitted").path("contactEmail").asText()).isEqualTo("alice@example.org");
        assertThat(export.path("corrections").toString()).contains("La soirée commence à 21 h.");
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("alice@example.org");
        assertThat(export.path("mails")).as("every mail sent to the holder").hasSize(received.length);
        for (MimeMessage mail : received) {
            assertThat(export.path("mails").toString())
                    .contains(mail.getSubject().replace("\"", "\\\""));
        }
        export.path("mails")
                .forEach(mail -> assertThat(mail.path("to").asText()).isEqualTo("alice@example.org"));
        assertThat(file.body()).doesNotContain("claire@example.org", "discrete@example.org", "Projet encore à l'étude");
        String page = applicant.get("/suivi/donnees").body();
        assertThat(page).contains("Ce que nous gardons sur vous", "La soirée commence à 21 h.", "alice@example.org");

        for (HolderExportRegister.Row row : HolderExportRegister.rows()) {
            if (row.path() == null || NOT_IN_THIS_CASE.contains(row.path())) {
                continue;
            }
            List<String> held = HolderExportRegister.texts(export, row.path());
            assertThat(held)
                    .as(row.column() + " in the file at " + row.path())
                    .isNotEmpty()
                    .noneMatch(String::isBlank);
            held.forEach(text ->
                    assertThat(page).as(row.column() + " on the page").contains(HtmlUtils.htmlEscape(text, "UTF-8")));
        }
        assertThat(export.at("/eligibility/1/criteria").toString())
                .as("the verdicts keep their machine values")
                .contains("\"verdict\":\"FAIL\"");
        // The page in words: none of the file's machine values, no ISO date, no missing message, no user id. The mails
        // are copies as sent, and the layout around the page is not the holder's data.
        String shown = page.substring(page.indexOf("<main"), page.indexOf("</main>"))
                .replaceAll("(?s)<article class=\"mail-copy\">.*?</article>", "")
                .replaceAll("<[^>]*>", " ");
        for (String coded : CODED) {
            for (String code : HolderExportRegister.texts(export, coded)) {
                assertThat(shown)
                        .as(coded + " shown as " + code)
                        .doesNotContainPattern("(?<![\\p{L}\\d_-])" + Pattern.quote(code) + "(?![\\p{L}\\d_-])");
            }
        }
        assertThat(shown)
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .doesNotContain("??", "referent", "coordinatorit");
        assertThat(shown)
                .contains(
                        "Un projet",
                        "Association",
                        "Français",
                        "12 octobre 2027",
                        "Pas de public scolaire",
                        "Dans un thème de l",
                        "non rempli",
                        "non éligible",
                        "renvoyé cette décision à l",
                        "Prêt d&#39;une coupole");
    }
}
