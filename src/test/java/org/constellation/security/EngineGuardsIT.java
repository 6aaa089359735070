package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.constellation.EngineRest;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalSubmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two severe findings of the outside probe, through every path they were found on: expressions in a task query
 * (code execution) and a reviewer acting on a colleague's task. Each request is sent as the user who should be refused,
 * over REST with HTTP Basic and through the webapps' session API as Tasklist sends it.
 */
class EngineGuardsIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Nebuleuse-Crabe-2026!";
    static final String REVIEWER = "guardrev1";
    static final String COLLEAGUE = "guardrev2";
    static final String COORDINATOR = "guardcoord";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    FilterService filters;

    @Autowired
    HistoryService history;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staff() {
        user(REVIEWER, StaffAccessSetup.REVIEWERS);
        user(COLLEAGUE, StaffAccessSetup.REVIEWERS);
        user(COORDINATOR, StaffAccessSetup.COORDINATORS);
    }

    void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    HttpResponse<String> rest(String user, String method, String path, String body) throws Exception {
        return rest(user, PASSWORD, method, path, body);
    }

    /** As the administrator the postgres profile creates at start. */
    HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return rest("admin", "Orbite-Sure-2026!", method, path, body);
    }

    HttpResponse<String> rest(String user, String password, String method, String path, String body) throws Exception {
        return new EngineRest(port, user, password).send(method, path, body);
    }

    /** Signed in to Tasklist: the engine API of the webapps, with the session, its CSRF token and the public origin. */
    PortalClient tasklist(String user) throws Exception {
        return PortalClient.signedInToTasklist(port, "10.81.0." + (user.length() + 1), user, PASSWORD)
                .header("Accept", "application/json");
    }

    static final String WEBAPP = "/camunda/api/engine/engine/default";

    /** An or-query whose expression, if evaluated, creates {@code marker}. */
    static String exploit(Path marker) {
        return "{\"orQueries\":[{\"assigneeExpression\":\"${''.getClass().forName('java.lang.Runtime')"
                + ".getMethod('getRuntime').invoke('').exec('touch " + marker + "')}\"}]}";
    }

    String reviewersFilter() {
        return filters.createFilterQuery()
                .filterName("Propositions à instruire")
                .singleResult()
                .getId();
    }

    @Test
    void noExpressionReachesTheEngineThroughAFilterOrAQuery() throws Exception {
        Path marker = Files.createTempDirectory("guard").resolve("pwned");
        String filter = reviewersFilter();
        assertThat(rest(REVIEWER, "GET", "/filter?maxResults=5", null).body()).contains(filter);

        for (String path : List.of(
                "/filter/" + filter + "/list",
                "/filter/" + filter + "/count",
                "/filter/" + filter + "/list?firstResult=0&maxResults=5",
                "/filter/" + filter + "/singleResult",
                "/task")) {
            HttpResponse<String> viaRest = rest(REVIEWER, "POST", path, exploit(marker));
            assertThat(viaRest.statusCode())
                    .as("REST " + path + ": " + viaRest.body())
                    .isEqualTo(400);
            HttpResponse<String> harmless =
                    rest(REVIEWER, "POST", path, "{\"orQueries\":[{\"dueAfterExpression\":\"${now()}\"}]}");
            assertThat(harmless.statusCode())
                    .as("REST " + path + " with ${now()}")
                    .isEqualTo(400);
        }
        PortalClient webapp = tasklist(REVIEWER);
        for (String path : List.of("/filter/" + filter + "/list", "/filter/" + filter + "/count", "/task")) {
            HttpResponse<String> viaWebapp = webapp.json("POST", WEBAPP + path, exploit(marker));
            assertThat(viaWebapp.statusCode())
                    .as("webapp " + path + ": " + viaWebapp.body())
                    .isEqualTo(400);
        }
        assertThat(marker).doesNotExist();

        // Filters still work without expressions, with or-queries of plain values.
        assertThat(rest(
                                REVIEWER,
                                "POST",
                                "/filter/" + filter + "/list?firstResult=0&maxResults=5",
                                "{\"orQueries\":[{\"name\":\"x\"}]}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(webapp.json(
                                "POST",
                                WEBAPP + "/filter/" + filter + "/list?firstResult=0&maxResults=15",
                                "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}")
                        .statusCode())
                .isEqualTo(200);
        String mine = filters.createFilterQuery()
                .filterName("Mes tâches")
                .singleResult()
                .getId();
        assertThat(rest(REVIEWER, "GET", "/filter/" + mine + "/count", null).statusCode())
                .as("the stored ${currentUser()} still runs")
                .isEqualTo(200);
    }

    @Test
    void aStoredFilterCarriesOnlyTheFixedExpressions() throws Exception {
        Path marker = Files.createTempDirectory("guard").resolve("stored");
        String query = exploit(marker);
        // Through REST, as an administrator (the only role that creates filters).
        HttpResponse<String> created = admin(
                "POST", "/filter/create", "{\"resourceType\":\"Task\",\"name\":\"Piège\",\"query\":" + query + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(400);
        HttpResponse<String> topLevel = admin(
                "POST",
                "/filter/create",
                "{\"resourceType\":\"Task\",\"name\":\"Piège\",\"query\":{\"assigneeExpression\":\"${''.getClass()}\"}}");
        assertThat(topLevel.statusCode()).as(topLevel.body()).isEqualTo(400);
        // Through the Java API.
        Filter trap =
                filters.newTaskFilter("Piège").setQuery(tasks.createTaskQuery().taskAssigneeExpression("${7*7}"));
        assertThatThrownBy(() -> filters.saveFilter(trap)).isInstanceOf(BadUserRequestException.class);
        assertThat(filters.createFilterQuery().filterName("Piège").count()).isZero();

        // A filter stored before the guard (or written in the database): refused when it runs.
        Filter ok = filters.saveFilter(filters.newTaskFilter("Ancien filtre")
                .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        jdbc.update(
                "update act_ru_filter set query_ = ? where id_ = ?",
                "{\"assigneeExpression\":\"${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
                        + ".invoke('').exec('touch " + marker + "')}\"}",
                ok.getId());
        assertThat(admin("GET", "/filter/" + ok.getId() + "/list", null).statusCode())
                .isEqualTo(400);
        assertThatThrownBy(() -> filters.count(ok.getId())).isInstanceOf(BadUserRequestException.class);
        filters.deleteFilter(ok.getId());
        assertThat(marker).doesNotExist();

        // The Java API's own task and filter queries.
        assertThatThrownBy(() -> tasks.createTaskQuery()
                        .or()
                        .taskAssigneeExpression("${now()}")
                        .endOr()
                        .list())
                .isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> filters.list(
                        reviewersFilter(),
                        tasks.createTaskQuery()
                                .or()
                                .taskAssigneeExpression("${now()}")
                                .endOr()))
                .isInstanceOf(BadUserRequestException.class);
    }

    /** A proposal waiting for its eligibility check, its commune outside the territory (the rules fail it). */
    Task eligibilityCheck(Call call) {
        Map<String, Object> values = submission(
                call, "Nuit des étoiles à Voiron", "garde-" + call.getId() + "-" + System.nanoTime() + "@example.org");
        values.put("commune", "Voiron");
        Proposal proposal = proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
        runJobs();
        String instance = proposals.findById(proposal.getId()).orElseThrow().getProcessInstanceId();
        return tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("Task_CheckEligibility")
                .singleResult();
    }

    static final String DECISION = "{\"variables\":{\"eligibilityDecision\":{\"value\":\"INCOMPLETE\"},"
            + "\"missingInformation\":{\"value\":\"Les horaires.\"}}}";

    @Test
    void aReviewerActsOnlyOnTheirOwnTasksAndOnlyCoordinatorsReassign() throws Exception {
        Call call = openCall();
        Task task = eligibilityCheck(call);
        assertThat(task).isNotNull();
        // The coordinator gives it to the colleague.
        assertThat(rest(
                                COORDINATOR,
                                "POST",
                                "/task/" + task.getId() + "/assignee",
                                "{\"userId\":\"" + COLLEAGUE + "\"}")
                        .statusCode())
                .isEqualTo(204);

        String id = task.getId();
        PortalClient webapp = tasklist(REVIEWER);
        Map<String, String> attempts = new LinkedHashMap<>();
        attempts.put("/task/" + id + "/submit-form", DECISION);
        attempts.put("/task/" + id + "/complete", DECISION);
        attempts.put("/task/" + id + "/assignee", "{\"userId\":\"" + REVIEWER + "\"}");
        attempts.put("/task/" + id + "/unclaim", null);
        attempts.put("/task/" + id + "/delegate", "{\"userId\":\"" + REVIEWER + "\"}");
        attempts.put("/task/" + id + "/identity-links", "{\"userId\":\"" + REVIEWER + "\",\"type\":\"assignee\"}");
        attempts.put("/task/" + id + "/localVariables/note", null);
        for (Map.Entry<String, String> attempt : attempts.entrySet()) {
            String method = attempt.getKey().endsWith("/note") ? "PUT" : "POST";
            String body =
                    attempt.getKey().endsWith("/note") ? "{\"value\":\"x\",\"type\":\"String\"}" : attempt.getValue();
            HttpResponse<String> viaRest = rest(REVIEWER, method, attempt.getKey(), body);
            assertThat(viaRest.statusCode())
                    .as("REST " + attempt.getKey() + ": " + viaRest.body())
                    .isEqualTo(403);
            assertThat(viaRest.body()).contains("seule la coordination");
            HttpResponse<String> viaWebapp = webapp.json(method, WEBAPP + attempt.getKey(), body);
            assertThat(viaWebapp.statusCode()).as("webapp " + attempt.getKey()).isEqualTo(403);
        }
        HttpResponse<String> put = rest(
                REVIEWER,
                "PUT",
                "/task/" + id,
                "{\"name\":\"Vérifier l'éligibilité\",\"assignee\":\"" + REVIEWER + "\",\"priority\":50}");
        assertThat(put.statusCode()).as("PUT /task: " + put.body()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee())
                .isEqualTo(COLLEAGUE);
        assertThat(history.createHistoricTaskInstanceQuery()
                        .taskId(id)
                        .finished()
                        .count())
                .isZero();

        // The colleague gives it back; the reviewer claims it for themselves (not for someone else) and decides.
        assertThat(rest(COLLEAGUE, "POST", "/task/" + id + "/unclaim", null).statusCode())
                .isEqualTo(204);
        assertThat(rest(REVIEWER, "POST", "/task/" + id + "/claim", "{\"userId\":\"" + COLLEAGUE + "\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(webapp.json("POST", WEBAPP + "/task/" + id + "/claim", "{\"userId\":\"" + REVIEWER + "\"}")
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> done = webapp.json("POST", WEBAPP + "/task/" + id + "/submit-form", DECISION);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(jdbc.queryForObject(
                        "select reviewer from eligibility_decision where id = (select max(id) from"
                                + " eligibility_decision)",
                        String.class))
                .isEqualTo(REVIEWER);
    }

    @Test
    void theReviewersFilterShowsOnlyTasksTheyCanTake() throws Exception {
        Call call = openCall();
        Task held = eligibilityCheck(call);
        Task free = eligibilityCheck(call);
        tasks.setAssignee(held.getId(), COLLEAGUE);
        HttpResponse<String> list =
                rest(REVIEWER, "POST", "/filter/" + reviewersFilter() + "/list?maxResults=2000", "{}");
        assertThat(list.body()).contains(free.getId()).doesNotContain(held.getId());
    }

    @Test
    void aRefusedSubmissionIsA400WithTheReasonInFrench() throws Exception {
        Call call = openCall();
        Task task = eligibilityCheck(call);
        tasks.setAssignee(task.getId(), REVIEWER);
        String eligible = "{\"variables\":{\"eligibilityDecision\":{\"value\":\"ELIGIBLE\"},"
                + "\"territoryVerdict\":{\"value\":\"FAIL\"},\"datesVerdict\":{\"value\":\"PASS\"},"
                + "\"themesVerdict\":{\"value\":\"PASS\"},\"publicVerdict\":{\"value\":\"PASS\"}}}";
        HttpResponse<String> viaRest = rest(REVIEWER, "POST", "/task/" + task.getId() + "/submit-form", eligible);
        assertThat(viaRest.statusCode()).isEqualTo(400);
        assertThat(viaRest.body())
                .contains("\"message\":\"Éligible : tous les critères obligatoires doivent être remplis")
                .doesNotContain("ENGINE-", "TaskListener", "Exception while", "Cannot submit");
        HttpResponse<String> viaWebapp =
                tasklist(REVIEWER).json("POST", WEBAPP + "/task/" + task.getId() + "/submit-form", eligible);
        assertThat(viaWebapp.statusCode()).isEqualTo(400);
        assertThat(viaWebapp.body())
                .contains("\"message\":\"Éligible : tous les critères")
                .doesNotContain("Cannot submit");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThatThrownBy(() -> {
                    identity.setAuthentication(COLLEAGUE, List.of(StaffAccessSetup.REVIEWERS));
                    try {
                        tasks.complete(task.getId(), Map.of());
                    } finally {
                        identity.clearAuthentication();
                    }
                })
                .as("the Java API, as the colleague")
                .isInstanceOf(AuthorizationException.class);
    }
}
