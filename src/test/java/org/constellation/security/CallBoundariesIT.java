package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.constellation.EngineRest;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.CallSetup;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalSubmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The outside probe's second round: a reviewer of one call ({@code revb}, group {@code reviewersb}) against a proposal
 * of another (group {@code reviewers}), through the REST API, the webapps' API and Java; and staff whose rights are
 * taken away while they are signed in.
 */
class CallBoundariesIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Amas-Globulaire-2026!";
    static final String OTHER_GROUP = "reviewersb";
    static final String OTHER_REVIEWER = "revb";
    static final String REVIEWER = "reva";
    static final String COORDINATOR = "coordb";
    static final String WEBAPP = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    FormService forms;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    StaffAccessSetup staffAccess;

    @Autowired
    CallSetup callSetup;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    TaskService tasks;

    @Autowired
    FilterService filters;

    @BeforeEach
    void staff() {
        if (identity.createGroupQuery().groupId(OTHER_GROUP).count() == 0) {
            Group group = identity.newGroup(OTHER_GROUP);
            group.setName("Relecteurs de l'appel B");
            identity.saveGroup(group);
            staffAccess.grantStaffAccess(OTHER_GROUP);
        }
        user(OTHER_REVIEWER, OTHER_GROUP);
        user(REVIEWER, StaffAccessSetup.REVIEWERS);
        user(COORDINATOR, StaffAccessSetup.COORDINATORS);
    }

    void user(String id, String group) {
        teamMember(id, PASSWORD, group);
    }

    HttpResponse<String> rest(String user, String method, String path, String body) throws Exception {
        return new EngineRest(port, user, "admin".equals(user) ? "Orbite-Sure-2026!" : PASSWORD)
                .send(method, path, body);
    }

    PortalClient tasklist(String user) throws Exception {
        return PortalClient.signedInToTasklist(port, "10.82.0." + (user.length() + 10), user, PASSWORD)
                .header("Accept", "application/json");
    }

    /** A proposal of call A (the default reviewers), waiting for its eligibility check. */
    Proposal victim(Call call, String title) {
        Proposal proposal = proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, title, "victime-" + call.getId() + "-" + System.nanoTime() + "@example.org")),
                Locale.FRENCH);
        runJobs();
        return proposals.findById(proposal.getId()).orElseThrow();
    }

    Call otherCall() {
        return openCall(call -> call.setReviewerGroup(OTHER_GROUP));
    }

    static String startBody(Proposal victim, Call otherCall, String instructions) {
        return "{\"businessKey\":\"" + victim.getReference() + "\",\"variables\":{"
                + "\"proposalId\":{\"value\":" + victim.getId() + ",\"type\":\"Long\"},"
                + "\"proposalReference\":{\"value\":\"" + victim.getReference() + "\",\"type\":\"String\"},"
                + "\"callId\":{\"value\":" + otherCall.getId() + ",\"type\":\"Long\"}}"
                + (instructions == null
                        ? ""
                        : ",\"startInstructions\":[{\"type\":\"startBeforeActivity\"," + "\"activityId\":\""
                                + instructions + "\"}]")
                + "}";
    }

    long lifecycles(Proposal proposal) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(proposal.getReference())
                .count();
    }

    @Test
    void nobodyButAnAdministratorStartsALifecycleAtAStepOrForAnExistingProposal() throws Exception {
        Call call = openCall();
        Call other = otherCall();
        Proposal victim = victim(call, "Planétarium itinérant");
        smtp.purgeEmailFromAllMailboxes();
        PortalClient webapp = tasklist(OTHER_REVIEWER);
        String start = "/process-definition/key/proposal-lifecycle/start";

        for (String step : List.of("Task_CancelCalendarEntry", "Task_SendEligibleMail")) {
            HttpResponse<String> viaRest = rest(OTHER_REVIEWER, "POST", start, startBody(victim, other, step));
            assertThat(viaRest.statusCode()).as(viaRest.body()).isEqualTo(403);
            assertThat(viaRest.body()).contains("réservé à l'administration");
            HttpResponse<String> viaWebapp = webapp.json("POST", WEBAPP + start, startBody(victim, other, step));
            assertThat(viaWebapp.statusCode()).as(viaWebapp.body()).isEqualTo(403);
        }
        // A plain start carrying the victim's id (a second lifecycle for it): not without the form, and not in it.
        HttpResponse<String> plain = rest(OTHER_REVIEWER, "POST", start, startBody(victim, other, null));
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(403);
        assertThat(plain.body()).contains("réservé à l'administration", "formulaire");
        String definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("proposal-lifecycle")
                .latestVersion()
                .singleResult()
                .getId();
        String smuggled = "{\"variables\":{\"proposalId\":{\"value\":" + victim.getId() + ",\"type\":\"Long\"},"
                + "\"reviewerGroup\":{\"value\":\"" + OTHER_GROUP + "\"}}}";
        for (HttpResponse<String> form : List.of(
                webapp.json("POST", WEBAPP + "/process-definition/" + definition + "/submit-form", smuggled),
                rest(OTHER_REVIEWER, "POST", "/process-definition/" + definition + "/submit-form", smuggled))) {
            assertThat(form.statusCode()).as(form.body()).isEqualTo(403);
            assertThat(form.body()).contains("ne connaît pas", "« proposalId », « reviewerGroup »");
        }
        // Nor by a message: withdrawing someone else's proposal is the holder's own act (and an administrator's).
        HttpResponse<String> message = rest(
                OTHER_REVIEWER,
                "POST",
                "/message",
                "{\"messageName\":\"ProposalWithdrawn\",\"businessKey\":\"" + victim.getReference() + "\"}");
        assertThat(message.statusCode()).as(message.body()).isBetween(400, 499);
        // Even a coordinator: no internal process, no modification, restart or migration.
        // (A process they may not even read is not found: 404.)
        long instances = runtime.createProcessInstanceQuery().count();
        for (String internal : List.of("call-lifecycle", "mail-delivery", "tracking-link")) {
            HttpResponse<String> refused =
                    rest(COORDINATOR, "POST", "/process-definition/key/" + internal + "/start", "{\"variables\":{}}");
            assertThat(refused.statusCode())
                    .as(internal + ": " + refused.body())
                    .isIn(403, 404);
        }
        String callProcess = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("call-lifecycle")
                .latestVersion()
                .singleResult()
                .getId();
        HttpResponse<String> ownProcess =
                rest(COORDINATOR, "POST", "/process-definition/" + callProcess + "/submit-form", "{\"variables\":{}}");
        assertThat(ownProcess.statusCode()).as(ownProcess.body()).isEqualTo(403);
        assertThat(ownProcess.body()).contains("lancé par Constellation lui-même");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        HttpResponse<String> modification = rest(
                COORDINATOR,
                "POST",
                "/process-instance/" + victim.getProcessInstanceId() + "/modification",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_CancelCalendarEntry\"}]}");
        assertThat(modification.statusCode()).as(modification.body()).isEqualTo(403);
        assertThat(modification.body()).contains("réservé à l'administration");
        HttpResponse<String> viaTasklist = tasklist(COORDINATOR)
                .json(
                        "POST",
                        WEBAPP + "/process-instance/" + victim.getProcessInstanceId() + "/modification",
                        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_CancelCalendarEntry\"}]}");
        assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(403);
        HttpResponse<String> restart = rest(
                COORDINATOR,
                "POST",
                "/process-definition/" + definition + "/restart",
                "{\"processInstanceIds\":[\"" + victim.getProcessInstanceId() + "\"],"
                        + "\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_SendEligibleMail\"}]}");
        assertThat(restart.statusCode()).as(restart.body()).isEqualTo(403);
        assertThat(restart.body()).contains("réservé à l'administration");
        HttpResponse<String> migration = rest(
                COORDINATOR,
                "POST",
                "/migration/execute",
                "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\"" + definition
                        + "\",\"targetProcessDefinitionId\":\"" + definition
                        + "\",\"instructions\":[]},\"processInstanceIds\":[\"" + victim.getProcessInstanceId()
                        + "\"]}");
        assertThat(migration.statusCode()).as(migration.body()).isEqualTo(403);
        assertThat(migration.body()).contains("réservé à l'administration");

        // Java, as the other reviewer signed in: the same refusals.
        identity.setAuthentication(OTHER_REVIEWER, List.of(OTHER_GROUP));
        try {
            assertThatThrownBy(() -> runtime.createProcessInstanceByKey("proposal-lifecycle")
                            .setVariable("proposalId", victim.getId())
                            .startBeforeActivity("Task_CancelCalendarEntry")
                            .execute())
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey(
                            "proposal-lifecycle", Map.of("proposalId", victim.getId())))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> forms.submitStartForm(definition, Map.of("proposalId", victim.getId())))
                    .isInstanceOf(AuthorizationException.class)
                    .hasMessageContaining("« proposalId »");
        } finally {
            identity.clearAuthentication();
        }
        identity.setAuthentication(COORDINATOR, List.of(StaffAccessSetup.COORDINATORS));
        try {
            assertThatThrownBy(() -> runtime.createProcessInstanceModification(victim.getProcessInstanceId())
                            .startBeforeActivity("Task_CancelCalendarEntry")
                            .execute())
                    .isInstanceOf(AuthorizationException.class)
                    .hasMessageContaining("réservé à l'administration");
        } finally {
            identity.clearAuthentication();
        }
        // Java without a signed-in user is the application itself: a proposal still has one lifecycle.
        assertThatThrownBy(() ->
                        runtime.startProcessInstanceByKey("proposal-lifecycle", Map.of("proposalId", victim.getId())))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("suit déjà son cycle de vie");
        // An administrator may (a repair), and meets the same rule of one lifecycle per proposal.
        HttpResponse<String> byAdmin = rest(
                "admin",
                "POST",
                start,
                startBody(victim, other, null).replace("\"businessKey\":\"" + victim.getReference() + "\",", ""));
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(403);
        assertThat(byAdmin.body()).contains("suit déjà son cycle de vie");

        runJobs();
        assertThat(lifecycles(victim)).isOne();
        assertThat(proposals.findById(victim.getId()).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.ELIGIBILITY_CHECK);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    Map<String, Object> formValues(Call call, String title) {
        Map<String, Object> values =
                new HashMap<>(submission(call, title, "saisie-" + System.nanoTime() + "@example.org"));
        values.put("themes", List.of("astronomy"));
        return values;
    }

    static String asVariables(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{\"variables\":{");
        values.forEach((key, value) -> {
            json.append('"').append(key).append("\":{\"value\":");
            if (value instanceof List<?> list) {
                json.append("\"")
                        .append(String.join(
                                        ",", list.stream().map(String::valueOf).toList())
                                .replace("\"", "\\\""))
                        .append("\"");
            } else {
                json.append('"')
                        .append(String.valueOf(value).replace("\"", "\\\""))
                        .append('"');
            }
            json.append("},");
        });
        json.setLength(json.length() - 1);
        return json.append("}}").toString();
    }

    @Test
    void staffEnterProposalsThroughTheStartFormIntoTheirOwnCalls() throws Exception {
        Call call = openCall();
        Call other = otherCall();
        String definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("proposal-lifecycle")
                .latestVersion()
                .singleResult()
                .getId();
        identity.setAuthentication(OTHER_REVIEWER, List.of(OTHER_GROUP));
        try {
            String reference = forms.submitStartForm(definition, formValues(other, "Saisie par téléphone"))
                    .getBusinessKey();
            Proposal entered = proposals.findAll().stream()
                    .filter(proposal -> reference.equals(proposal.getReference()))
                    .findFirst()
                    .orElseThrow();
            assertThat(entered.getCall().getId()).isEqualTo(other.getId());
            assertThatThrownBy(() -> forms.submitStartForm(definition, formValues(call, "Chez les voisins")))
                    .isInstanceOf(AuthorizationException.class)
                    .hasMessageContaining("Vous n'instruisez pas l'appel");
            assertThatThrownBy(() ->
                            forms.submitStartForm(definition, "P-CHOISIE", formValues(other, "Référence choisie")))
                    .isInstanceOf(AuthorizationException.class)
                    .hasMessageContaining("laissez ce champ vide");
        } finally {
            identity.clearAuthentication();
        }
        // Through the webapps' API as Tasklist sends it: refused fields come back in words, nothing is stored.
        Map<String, Object> incomplete = formValues(other, "");
        incomplete.remove("themes");
        incomplete.remove("needs");
        HttpResponse<String> refused = tasklist(OTHER_REVIEWER)
                .json("POST", WEBAPP + "/process-definition/" + definition + "/submit-form", asVariables(incomplete));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body())
                .contains("\"message\":\"Titre : ce champ est obligatoire.")
                .doesNotContain("Cannot instantiate");
        assertThat(proposals.findAll())
                .noneMatch(p ->
                        p.getTitle().equals("Chez les voisins") || p.getTitle().equals("Référence choisie"));
    }

    /** Every history resource the probe read across calls, as each reviewer, over REST and the webapps' API. */
    @Test
    void aReviewerReadsTheHistoryOfTheirCallsOnly() throws Exception {
        Call callA = openCall();
        Call callB = otherCall();
        Proposal ofA = victim(callA, "Rallye des comètes");
        Proposal ofB = victim(callB, "Atelier des nébuleuses");
        List<String> histories = List.of(
                "/history/variable-instance?processDefinitionKey=proposal-lifecycle",
                "/history/task?processDefinitionKey=proposal-lifecycle",
                "/history/detail?processInstanceId=" + ofA.getProcessInstanceId(),
                "/history/detail?processInstanceId=" + ofB.getProcessInstanceId(),
                "/history/process-instance?processDefinitionKey=proposal-lifecycle",
                "/history/activity-instance?processDefinitionKey=proposal-lifecycle");
        PortalClient webappB = tasklist(OTHER_REVIEWER);
        PortalClient webappA = tasklist(REVIEWER);
        StringBuilder seenByB = new StringBuilder();
        StringBuilder seenByA = new StringBuilder();
        StringBuilder seenByCoordinator = new StringBuilder();
        for (String path : histories) {
            String paged = path + "&maxResults=2000";
            seenByB.append(read(rest(OTHER_REVIEWER, "GET", paged, null))).append(read(webappB.get(WEBAPP + paged)));
            seenByA.append(read(rest(REVIEWER, "GET", paged, null))).append(read(webappA.get(WEBAPP + paged)));
            seenByCoordinator.append(read(rest(COORDINATOR, "GET", paged, null)));
        }
        assertThat(seenByB.toString())
                .contains("Atelier des nébuleuses", ofB.getProcessInstanceId())
                .doesNotContain("Rallye des comètes", ofA.getProcessInstanceId());
        assertThat(seenByA.toString())
                .contains("Rallye des comètes", ofA.getProcessInstanceId())
                .doesNotContain("Atelier des nébuleuses", ofB.getProcessInstanceId());
        assertThat(seenByCoordinator.toString()).contains("Rallye des comètes", "Atelier des nébuleuses");

        // The call goes to the other reviewers: they read its cases' history (the first ones keep what their own tasks
        // in it show them, as the engine grants to a task's candidates).
        Map<String, String> changed = new LinkedHashMap<>(CallForm.of(callA).values());
        changed.put("reviewerGroup", OTHER_GROUP);
        callSetup.update(callA.getId(), CallForm.posted(changed), COORDINATOR);
        String variables = "/history/variable-instance?maxResults=2000&processInstanceId=" + ofA.getProcessInstanceId();
        assertThat(read(rest(OTHER_REVIEWER, "GET", variables, null))).contains("Rallye des comètes");
        assertThat(authorizations
                        .createAuthorizationQuery()
                        .groupIdIn(StaffAccessSetup.REVIEWERS)
                        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
                        .resourceId(ofA.getProcessInstanceId())
                        .count())
                .isZero();
    }

    /**
     * « Propositions à instruire » runs without the engine's per-task authorization join for the members of its group
     * (GroupInboxQuery, ADR 15): it shows them their call's checks, in priority order, and nothing more; anyone else,
     * and any query that widens it to another group, goes through the engine's own checks.
     */
    @Test
    void aGroupsListShowsItsOwnTasksOnlyInPriorityOrder() throws Exception {
        Call callA = openCall();
        Call callB = otherCall();
        Proposal first = victim(callA, "Rallye des comètes");
        Proposal urgent = victim(callA, "Nuit des étoiles filantes");
        Proposal ofB = victim(callB, "Atelier des nébuleuses");
        Task urgentCheck = tasks.createTaskQuery()
                .processInstanceId(urgent.getProcessInstanceId())
                .singleResult();
        tasks.setPriority(urgentCheck.getId(), 95);
        String inbox = filters.createFilterQuery()
                .filterName("Propositions à instruire")
                .singleResult()
                .getId();
        String list = "/filter/" + inbox + "/list?maxResults=2000";

        for (String seen : List.of(
                read(rest(REVIEWER, "GET", list, null)), read(tasklist(REVIEWER).get(WEBAPP + list)))) {
            assertThat(seen)
                    .contains(first.getReference(), urgent.getReference())
                    .doesNotContain(ofB.getReference());
            assertThat(seen.indexOf(urgent.getReference()))
                    .as("priority first")
                    .isLessThan(seen.indexOf(first.getReference()));
        }
        // Widened by the request to the other call's group: the engine's checks hide what reviewers were not given.
        assertThat(read(rest(REVIEWER, "POST", list, "{\"candidateGroup\":\"" + OTHER_GROUP + "\"}")))
                .doesNotContain(ofB.getReference());
        // The list is the reviewers' group's: another group's member is refused it.
        assertThat(rest(OTHER_REVIEWER, "GET", list, null).statusCode()).isEqualTo(403);

        // A list of the reviewers' tasks shared with everybody: only its group's members see them through it.
        Filter shared = filters.newTaskFilter("Liste partagée " + System.nanoTime())
                .setQuery(tasks.createTaskQuery().taskCandidateGroup(StaffAccessSetup.REVIEWERS));
        filters.saveFilter(shared);
        Authorization everybody = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everybody.setUserId(Authorization.ANY);
        everybody.setResource(Resources.FILTER);
        everybody.setResourceId(shared.getId());
        everybody.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everybody);
        String sharedList = "/filter/" + shared.getId() + "/list?maxResults=2000";
        assertThat(read(rest(OTHER_REVIEWER, "GET", sharedList, null))).doesNotContain(first.getReference());
        assertThat(read(rest(REVIEWER, "GET", sharedList, null))).contains(first.getReference());
    }

    /** An installation whose lists an earlier version created gets them sorted and with the priority column. */
    @Test
    void anEarlierInstallationsListsComeInPriorityOrderWithThePriorityInWords() throws Exception {
        Filter inbox = filters.createFilterQuery()
                .filterName("Propositions à instruire")
                .singleResult();
        filters.saveFilter(inbox.setQuery(tasks.createTaskQuery().taskCandidateGroup(StaffAccessSetup.REVIEWERS))
                .setProperties(Map.of(
                        "priority", 0, "variables", List.of(Map.of("name", "proposalTitle", "label", "Titre")))));
        staffAccess.run(null);
        Filter updated = filters.getFilter(inbox.getId());
        assertThat(((TaskQueryImpl) updated.getQuery()).getOrderingProperties())
                .extracting(ordering -> ordering.getQueryProperty().getName())
                .containsExactly("PRIORITY_", "DUE_DATE_");
        assertThat(updated.getProperties().get("variables").toString())
                .contains("proposalPriorityWords", "Priorité")
                .doesNotContain("proposalTitle");
    }

    static String read(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.uri() + ": " + response.body())
                .isEqualTo(200);
        return response.body();
    }

    /** Taken out of coordinators, or deleted, while signed in: the pages follow within the webapps' minute. */
    @Test
    void revokedStaffLoseThePagesWithinAMinute() throws Exception {
        Call call = openCall();
        Proposal proposal = victim(call, "Nuit des météores");
        user("coordrevoque", StaffAccessSetup.COORDINATORS);
        user("coordsupprime", StaffAccessSetup.COORDINATORS);
        PortalClient removed = tasklist("coordrevoque");
        PortalClient deleted = tasklist("coordsupprime");
        String export = "/coordination/dossiers/" + proposal.getId() + "/donnees.json";
        removed.header("Accept", "text/html");
        deleted.header("Accept", "application/json");
        assertThat(removed.get("/coordination/courriels").statusCode()).isEqualTo(200);
        assertThat(deleted.get(export).statusCode()).isEqualTo(200);

        identity.deleteMembership("coordrevoque", StaffAccessSetup.COORDINATORS);
        identity.deleteUser("coordsupprime");
        assertThat(removed.get("/coordination/courriels").statusCode())
                .as("within the minute")
                .isEqualTo(200);
        ClockUtil.offset(61_000L);
        assertThat(removed.get("/coordination/courriels").statusCode()).isEqualTo(403);
        HttpResponse<String> gone = deleted.get(export);
        assertThat(gone.statusCode()).isEqualTo(401);
        assertThat(gone.body()).doesNotContain(proposal.getReference());
        assertThat(deleted.get(WEBAPP + "/task/count").statusCode())
                .as("signed out of the webapps too")
                .isEqualTo(401);
    }
}
