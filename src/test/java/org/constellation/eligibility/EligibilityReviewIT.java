package org.constellation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.CallTheme;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.ModelDeployer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The eligibility check with its rules in DMN, on PostgreSQL: each mandatory criterion evaluated and explained, the
 * reviewer's overrides justified, rejections confirmed by a second person before the mail (which lists the failed
 * criteria in the applicant's language), and rules changed for a new call leaving running proposals on theirs.
 */
class EligibilityReviewIT extends PostgresIntegrationTest {

    @Autowired
    ProposalRepository proposals;

    @Autowired
    CallRepository calls;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    @Autowired
    FilterService filters;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    Proposal submit(Call call, String commune, String email, String language) {
        Map<String, Object> values = submission(call, "Nuit des étoiles à " + commune, email);
        values.put("commune", commune);
        values.put("language", language);
        values.put("audiences", List.of("GENERAL_PUBLIC"));
        values.put("bonusCriteria", List.of("network"));
        Proposal proposal = proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
        runJobs();
        return proposals.findById(proposal.getId()).orElseThrow();
    }

    Task task(Proposal proposal) {
        return tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
    }

    void complete(Proposal proposal, String user, Map<String, Object> variables) {
        Task task = task(proposal);
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
        runJobs();
    }

    static Map<String, Object> decision(String outcome, Object... verdicts) {
        Map<String, Object> values = new HashMap<>(Map.of("eligibilityDecision", outcome));
        for (int i = 0; i < verdicts.length; i += 2) {
            values.put((String) verdicts[i], verdicts[i + 1]);
        }
        return values;
    }

    List<MimeMessage> mailsTo(String address) {
        return List.of(smtp.getReceivedMessagesForDomain(address));
    }

    @Test
    void aCommuneOutsideTheTerritoryReachesTheReviewerFailedAndExplained() {
        Call call = openCall();
        Proposal proposal = submit(call, "Lyon", "voiron-" + call.getId() + "@example.org", "fr");
        Task check = task(proposal);
        assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_CheckEligibility");
        assertThat(check.getPriority())
                .as("a project (50) with one bonus criterion (15)")
                .isEqualTo(65);
        Map<String, Object> shown = tasks.getVariables(check.getId());
        assertThat(shown)
                .containsEntry("territoryAutomatic", "FAIL")
                .containsEntry("territoryVerdict", "FAIL")
                .containsEntry("datesAutomatic", "PASS")
                .containsEntry("themesAutomatic", "PASS")
                .containsEntry("publicAutomatic", "PASS");
        assertThat((String) shown.get("territoryAssessment"))
                .startsWith("Non rempli")
                .contains("Lyon", "territoire");
        assertThat(jdbc.queryForList(
                        "select criterion, automatic_result from criterion_assessment where proposal_id = ?"
                                + " order by criterion",
                        proposal.getId()))
                .extracting(row -> row.get("criterion") + "=" + row.get("automatic_result"))
                .containsExactly("dates=PASS", "public=PASS", "territory=FAIL", "themes=PASS");

        // Eligible against the rules' FAIL, without a reason: refused, nothing recorded.
        assertThatThrownBy(() -> complete(proposal, "reviewerit5", decision("ELIGIBLE", "territoryVerdict", "PASS")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(
                        "Sur le territoire de l'appel : raison de l'écart avec l'évaluation automatique : ce champ est obligatoire.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from eligibility_decision where proposal_id = ?",
                        Long.class,
                        proposal.getId()))
                .isZero();

        // With the reason, the override stands and is kept.
        complete(
                proposal,
                "reviewerit5",
                decision(
                        "ELIGIBLE",
                        "territoryVerdict",
                        "PASS",
                        "territoryReason",
                        "Lyon : l'appel accepte exceptionnellement la métropole voisine."));
        assertThat(proposals.findById(proposal.getId()).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.ACCOMPANIMENT);
        assertThat(jdbc.queryForMap(
                        "select verdict, override_reason from criterion_assessment where proposal_id = ?"
                                + " and criterion = 'territory'",
                        proposal.getId()))
                .containsEntry("verdict", "PASS")
                .containsEntry("override_reason", "Lyon : l'appel accepte exceptionnellement la métropole voisine.");
    }

    @Test
    void aRejectionIsMailedOnlyOnceAnotherPersonConfirmedItInTheApplicantsLanguage() throws Exception {
        Call call = openCall(
                forum -> forum.recordForum(OffsetDateTime.now(PARIS).plusDays(40), "La Casemate, Grenoble", 10, 20, 6));
        String email = "rejet-" + call.getId() + "@example.org";
        Proposal proposal = submit(call, "Lyon", email, "en");
        assertThatThrownBy(() -> complete(
                        proposal,
                        "reviewerit5",
                        decision("INELIGIBLE", "territoryVerdict", "PASS", "territoryReason", "Voisine")))
                .hasMessageContaining("indiquez au moins un critère obligatoire non rempli");
        complete(proposal, "reviewerit5", decision("INELIGIBLE", "eligibilityReasons", "Come and see us next season!"));

        Task confirm = task(proposal);
        assertThat(confirm.getTaskDefinitionKey()).isEqualTo("Task_ConfirmIneligibility");
        assertThat(tasks.getIdentityLinksForTask(confirm.getId()))
                .anyMatch(link -> "coordinators".equals(link.getGroupId()));
        assertThat((String) tasks.getVariable(confirm.getId(), "failedCriteria"))
                .contains("Lyon");
        assertThat((String) tasks.getVariable(confirm.getId(), "eligibilityHistory"))
                .contains("reviewerit5 : non éligible (règles de l'appel, version 1) — message au porteur : "
                        + "Come and see us next season!");
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(proposals.findById(proposal.getId()).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.ELIGIBILITY_CHECK);

        assertThatThrownBy(() -> complete(proposal, "reviewerit5", Map.of("ineligibilityConfirmation", "CONFIRMED")))
                .hasMessageContaining("Une autre personne");
        assertThat(mailsTo(email)).hasSize(1);

        complete(proposal, "coordinatorit5", Map.of("ineligibilityConfirmation", "CONFIRMED"));
        assertThat(proposals.findById(proposal.getId()).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.INELIGIBLE);
        List<MimeMessage> received = mailsTo(email);
        assertThat(received).hasSize(2);
        String rejection = text(received.get(1).getContent());
        assertThat(received.get(1).getSubject()).contains("cannot be accepted");
        // English puts no space before a colon.
        assertThat(rejection).contains("territory</strong><span>: </span><span>The commune Lyon");
        assertThat(rejection)
                .contains(
                        "On the call&#39;s territory",
                        "The commune Lyon is neither in the call",
                        "Come and see us next season!");
        // In plain text too, the team's word is a paragraph of its own, then how to contest the decision
        // (ContestTextIT),
        // not run into the reference.
        assertThat(part(received.get(1), "text/plain"))
                .containsPattern("Come and see us next season!\\R\\RContesting this decision\\R\\RYou can contest")
                .containsPattern("administrative court \\(tribunal administratif\\)\\.\\R\\RYour proposal's reference: "
                        + proposal.getReference());
        assertThat(jdbc.queryForMap(
                        "select reviewer, confirmed_by from eligibility_decision where proposal_id = ?",
                        proposal.getId()))
                .containsEntry("reviewer", "reviewerit5")
                .containsEntry("confirmed_by", "coordinatorit5");

        // The tracking page gives the same reasons.
        Matcher link = Pattern.compile("/suivi/([A-Za-z0-9_-]{43})")
                .matcher(text(received.get(0).getContent()));
        assertThat(link.find()).isTrue();
        PortalClient applicant = new PortalClient(port, "10.79.0.1").header("Accept-Language", "en");
        applicant.get("/suivi/" + link.group(1));
        assertThat(applicant.get("/suivi").body())
                .contains(
                        "cannot be accepted",
                        "On the call&#39;s territory",
                        "The commune Lyon is neither in the call",
                        "Come and see us next season!",
                        "territory: The commune Lyon")
                .as("a proposal that ended is not told the date of a forum it will not attend")
                .doesNotContain("planned on");
    }

    @Test
    void aCoordinatorReassignsAReviewersCheckAReviewerOfAnotherGroupCannot() {
        Call call = openCall();
        Proposal proposal = submit(call, "Grenoble", "reassign-" + call.getId() + "@example.org", "fr");
        String check = task(proposal).getId();
        tasks.setAssignee(check, "reviewerit5");
        try {
            identity.setAuthentication("outsiderit5", List.of("partners"));
            assertThatThrownBy(() -> tasks.setAssignee(check, "outsiderit5"))
                    .isInstanceOf(AuthorizationException.class);
            identity.setAuthentication("coordinatorit5", List.of(StaffAccessSetup.COORDINATORS));
            tasks.setAssignee(check, "reviewerit6");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(task(proposal).getAssignee()).isEqualTo("reviewerit6");
    }

    /**
     * Checks are shared out: reviewers who declared a theme of the proposal (a group of type theme:{code}) come first,
     * the least loaded of them is proposed the check, and once they decided, the proposal's next check comes back to
     * them. The theme is new to this test, so only its two reviewers qualify whatever other tests left in the group.
     */
    @Test
    void checksGoToTheLeastLoadedReviewerOfTheProposalsThemeAndComeBackToThem() {
        Call call = openCall();
        String theme = "comets-" + call.getId();
        call.getThemes().add(new CallTheme(theme, "Comètes"));
        calls.save(call);
        String first = "cometa" + call.getId();
        String second = "cometb" + call.getId();
        Group themeGroup = identity.newGroup("comets" + call.getId());
        themeGroup.setName("Relecteurs comètes");
        themeGroup.setType(ShareReviewWorkListener.THEME_GROUP_TYPE_PREFIX + theme);
        identity.saveGroup(themeGroup);
        for (String id : List.of(first, second)) {
            identity.saveUser(identity.newUser(id));
            identity.createMembership(id, StaffAccessSetup.REVIEWERS);
            identity.createMembership(id, themeGroup.getId());
        }

        List<String> proposed = new ArrayList<>();
        List<Proposal> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Proposal proposal = submitWithTheme(call, theme, i);
            submitted.add(proposal);
            proposed.add(candidateUserOf(task(proposal)));
        }
        assertThat(proposed)
                .as("equal loads go to the first by id, then to the one with fewer open tasks")
                .containsExactly(first, second, first);

        // The proposed reviewer finds it in "Proposées pour moi"; the group still sees it and the applicant may
        // correct.
        String filter = filters.createFilterQuery()
                .filterName("Proposées pour moi")
                .singleResult()
                .getId();
        try {
            identity.setAuthentication(second, List.of(StaffAccessSetup.REVIEWERS));
            assertThat(filters.<Task>listPage(filter, 0, 50))
                    .extracting(Task::getId)
                    .containsExactly(task(submitted.get(1)).getId());
        } finally {
            identity.clearAuthentication();
        }
        Boolean correctable = new TransactionTemplate(transactions)
                .execute(status -> proposalCorrections.isCorrectable(
                        proposals.findById(submitted.get(1).getId()).orElseThrow()));
        assertThat(correctable).isTrue();

        // The second reviewer asks for information; the answer's new check is proposed to them again.
        complete(submitted.get(1), second, decision("INCOMPLETE", "missingInformation", "Les horaires de la soirée."));
        holderActions.provideInformation(submitted.get(1).getId(), "De 21 h à minuit.", Locale.FRENCH);
        runJobs();
        // The reviewer reads the answer in the check form while it runs; the engine's history never holds it (issue
        // 18).
        assertThat(tasks.getVariable(task(submitted.get(1)).getId(), "applicantAnswer"))
                .isEqualTo("De 21 h à minuit.");
        for (String table : List.of("act_hi_varinst", "act_hi_detail")) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " where text_ like '%minuit%' or name_ = "
                                    + "'applicantAnswer'",
                            Long.class))
                    .as(table)
                    .isZero();
        }
        assertThat(candidateUserOf(task(submitted.get(1)))).isEqualTo(second);
    }

    Proposal submitWithTheme(Call call, String theme, int n) {
        Map<String, Object> values =
                submission(call, "Comète " + n, "comete" + n + "-" + call.getId() + "@example.org");
        values.put("themes", List.of(theme));
        Proposal proposal = proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
        runJobs();
        return proposals.findById(proposal.getId()).orElseThrow();
    }

    String candidateUserOf(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId)
                .findFirst()
                .orElse(null);
    }

    @Test
    void aCommuneNearTheTerritoryOrUnknownIsLeftToTheReviewer() {
        Call call = openCall();
        Proposal crolles = submit(call, "Crolles", "crolles-" + call.getId() + "@example.org", "fr");
        assertThat(crolles.getCommuneInsee())
                .as("a real commune, outside the territory")
                .isEqualTo("38140");
        Map<String, Object> nearby = tasks.getVariables(task(crolles).getId());
        assertThat(nearby).containsEntry("territoryAutomatic", "CHECK");
        assertThat((String) nearby.get("territoryAssessment"))
                .startsWith("À vérifier")
                .contains("Crolles", "territoires proches");

        Proposal typed = submit(call, "Grenoble (38000)", "typed-" + call.getId() + "@example.org", "fr");
        assertThat(typed.getCommuneName()).isEqualTo("Grenoble");
        assertThat(tasks.getVariable(task(typed).getId(), "territoryAutomatic")).isEqualTo("PASS");

        Proposal unknown = submit(call, "Grenobel", "grenobel-" + call.getId() + "@example.org", "fr");
        assertThat(tasks.getVariable(task(unknown).getId(), "territoryAutomatic"))
                .isEqualTo("CHECK");
        assertThat((String) tasks.getVariable(task(unknown).getId(), "territoryAssessment"))
                .contains("« Grenobel » n'est pas une commune reconnue");
    }

    @Test
    void aRejectionSentBackByTheCoordinatorReturnsToTheCheck() {
        Call call = openCall();
        Proposal proposal = submit(call, "Lyon", "renvoi-" + call.getId() + "@example.org", "fr");
        complete(proposal, "reviewerit5", decision("INELIGIBLE"));
        assertThatThrownBy(() -> complete(proposal, "coordinatorit5", Map.of("ineligibilityConfirmation", "RETURNED")))
                .hasMessageContaining("Ce qu'il faut revoir : ce champ est obligatoire");
        complete(
                proposal,
                "coordinatorit5",
                Map.of(
                        "ineligibilityConfirmation",
                        "RETURNED",
                        "confirmationNote",
                        "Lyon accueille une antenne du club : à accepter."));
        assertThat(task(proposal).getTaskDefinitionKey()).isEqualTo("Task_CheckEligibility");
        assertThat(mailsTo("renvoi-" + call.getId() + "@example.org")).hasSize(1);
        // The next reviewer reads who decided what and why.
        assertThat((String) tasks.getVariable(task(proposal).getId(), "eligibilityHistory"))
                .contains(
                        "reviewerit5 : non éligible",
                        "renvoyée à l'instruction par coordinatorit5",
                        "Lyon accueille une antenne du club : à accepter.");
    }

    /**
     * A new season with other rules: the application is deployed again with a changed eligibility.dmn and a decision of
     * its own for the new call. Proposals already under way keep the rules of their process version, even when they are
     * checked again after the applicant's answer.
     */
    @Test
    void changedRulesForANewCallLeaveRunningProposalsOnTheirVersion() throws Exception {
        Call oldCall = openCall();
        Proposal running = submit(oldCall, "Lyon", "ancien-" + oldCall.getId() + "@example.org", "fr");
        complete(running, "reviewerit5", decision("INCOMPLETE", "missingInformation", "Le lieu exact ?"));

        deployWith(Map.of(
                "processes/eligibility.dmn",
                        rules("eligibility", "n'est ni dans le territoire", "est hors territoire (v2)"),
                "processes/eligibility-saison-suivante.dmn",
                        rules("eligibility-saison-suivante", "\"FAIL\"", "\"CHECK\"")));
        Call newCall = openCall();
        newCall.setRules("eligibility-saison-suivante", "priority");
        calls.save(newCall);

        holderActions.provideInformation(running.getId(), "Salle des fêtes de Lyon.", Locale.FRENCH);
        runJobs();
        Map<String, Object> recheck = tasks.getVariables(task(running).getId());
        assertThat((String) recheck.get("territoryAssessment"))
                .contains("n'est ni dans le territoire")
                .doesNotContain("v2");

        Proposal sameCallLater = submit(oldCall, "Lyon", "plus-tard-" + oldCall.getId() + "@example.org", "fr");
        assertThat((String) tasks.getVariable(task(sameCallLater).getId(), "territoryAssessment"))
                .contains("(v2)");
        Proposal newSeason = submit(newCall, "Lyon", "nouveau-" + newCall.getId() + "@example.org", "fr");
        assertThat(tasks.getVariable(task(newSeason).getId(), "territoryAutomatic"))
                .isEqualTo("CHECK");
    }

    /** processes/eligibility.dmn under another decision key, with one piece of text replaced. */
    static String rules(String key, String from, String to) throws IOException {
        try (InputStream in =
                EligibilityReviewIT.class.getClassLoader().getResourceAsStream("processes/eligibility.dmn")) {
            String dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return dmn.replace("<decision id=\"eligibility\"", "<decision id=\"" + key + "\"")
                    .replace(from, to);
        }
    }

    /** What ModelDeployer does at start, with some models changed or added: one deployment of everything. */
    void deployWith(Map<String, String> changed) throws IOException {
        DeploymentBuilder deployment = repository
                .createDeployment()
                .name(ModelDeployer.DEPLOYMENT_NAME)
                .source(ModelDeployer.DEPLOYMENT_NAME);
        for (String folder : List.of("processes", "forms")) {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.*")) {
                String name = folder + "/" + resource.getFilename();
                if (!changed.containsKey(name)) {
                    try (InputStream in = resource.getInputStream()) {
                        deployment.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
                    }
                }
            }
        }
        changed.forEach(deployment::addString);
        deployment.deploy();
    }
}
