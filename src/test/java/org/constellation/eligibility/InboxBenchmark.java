package org.constellation.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.constellation.BenchmarkData;
import org.constellation.BenchmarkReport;
import org.constellation.workflow.ProcessVariables;

/**
 * The reviewer inbox benchmark (issues 17 and 28), run by {@code bench/inbox}: Tasklist's filter queries as a reviewer
 * sees them (the first page of 15 with the filter's variables, as Tasklist asks the engine's API for them, sorted as
 * the filter says, then by creation as Tasklist adds) at 1,000, 5,000 and 20,000 open checks, against the engine's
 * plain task query for the same candidate group at the same counts, as the administrator (no authorizations, no
 * variables): the baseline, in the same run. The checks are proposal processes started over the REST API right at
 * *Vérifier l'éligibilité*, for SQL copies of a demo proposal, without their listeners (no staff mails, nobody
 * assigned: every check waits in *Propositions à instruire*, the worst case for that filter).
 */
public final class InboxBenchmark {

    static final int[] COUNTS = {1_000, 5_000, 20_000};
    static final int SAMPLES = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String password = args[2];
        Path report = Path.of(args[3]);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Client admin = new Client(http, base, "admin", password);
        Client reviewer = new Client(http, base, "reviewer1", password);
        long callId;
        List<Long> proposalIds = new ArrayList<>();
        // Each check's process enters the proposal's phase (ADR 8): the proposals are there, copies of a demo one.
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                Statement sql = db.createStatement()) {
            callId = BenchmarkData.copiesOfTheDemoProposal(db, COUNTS[COUNTS.length - 1], "ELIGIBILITY_CHECK");
            ResultSet rows = sql.executeQuery("select id from proposal where reference like 'B-%' order by reference");
            while (rows.next()) {
                proposalIds.add(rows.getLong(1));
            }
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (JsonNode filter : JSON.readTree(
                reviewer.send("GET", "/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=100", null))) {
            filters.put(filter.path("name").asText(), filter.path("id").asText());
        }
        Map<Integer, Map<String, long[]>> figures = new LinkedHashMap<>();
        int started = 0;
        for (int count : COUNTS) {
            started += start(admin, callId, proposalIds, started, count - started);
            analyze(jdbc);
            Map<String, long[]> atCount = new LinkedHashMap<>();
            atCount.put(
                    "baseline: task query of the group, as admin",
                    times(
                            () -> admin.send(
                                    "POST",
                                    "/engine-rest/task?firstResult=0&maxResults=15",
                                    "{\"candidateGroup\":\"reviewers\",\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}")));
            for (String name : List.of("Propositions à instruire", "Proposées pour moi", "Mes tâches")) {
                String id = filters.get(name);
                atCount.put(
                        "filter « " + name + " », as reviewer1",
                        times(() -> reviewer.send(
                                "POST",
                                "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15",
                                "{\"sorting\":[{\"sortBy\":\"created\"," + "\"sortOrder\":\"desc\"}]}")));
            }
            atCount.forEach((name, ms) ->
                    System.out.printf("%d open checks, %s: p50 %d ms, p95 %d ms%n", count, name, ms[0], ms[1]));
            figures.put(count, atCount);
        }
        write(report, figures);
    }

    /** Starts {@code how} many checks of the call, numbered after {@code from}, from 8 clients. */
    static int start(Client admin, long callId, List<Long> proposalIds, int from, int how) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> starts = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = from + 1; i <= from + how; i++) {
            int n = i;
            starts.add(clients.submit(() -> admin.send(
                    "POST",
                    "/engine-rest/process-definition/key/" + ProcessVariables.PROPOSAL_LIFECYCLE + "/start",
                    body(callId, proposalIds.get(n - 1), n))));
        }
        try {
            for (Future<String> one : starts) {
                one.get();
            }
        } finally {
            // A refused start stops the run: no client thread may keep the JVM (and its connections) alive after it.
            clients.shutdownNow();
        }
        System.out.printf("%d checks started: %.0f/s%n", how, how / ((System.nanoTime() - began) / 1e9));
        return how;
    }

    /**
     * What autovacuum does within a minute or so of a burst: fresh planner statistics for the engine's runtime tables.
     * Measured right after the burst instead, the candidate group's join is planned for an empty table (a nested loop
     * over every identity link per task): 8.4 s for the group's first page at 5,000 open checks (issue 17).
     */
    static void analyze(String jdbc) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute(
                    "analyze act_ru_task, act_ru_identitylink, act_ru_variable, act_ru_execution, act_ru_authorization");
        }
    }

    private static String body(long callId, long proposalId, int n) {
        ObjectNode body = JSON.createObjectNode()
                .put("businessKey", "I-" + n)
                .put("skipCustomListeners", true)
                .put("skipIoMappings", true);
        ObjectNode variables = body.putObject("variables");
        variables.putObject(ProcessVariables.CALL_ID).put("value", callId).put("type", "Long");
        variables
                .putObject(ProcessVariables.PROPOSAL_ID)
                .put("value", proposalId)
                .put("type", "Long");
        variables
                .putObject(ProcessVariables.REVIEWER_GROUP)
                .put("value", "reviewers")
                .put("type", "String");
        variables
                .putObject(ProcessVariables.PROPOSAL_REFERENCE)
                .put("value", "I-" + n)
                .put("type", "String");
        variables
                .putObject(ProcessVariables.PROPOSAL_TITLE)
                .put("value", "Soirée d'observation n° " + n)
                .put("type", "String");
        variables
                .putObject(ProcessVariables.CALL_TITLE)
                .put("value", "Banc d'essai")
                .put("type", "String");
        variables
                .putObject(ProcessVariables.PROPOSAL_PRIORITY)
                .put("value", n % 100)
                .put("type", "Integer");
        body.putArray("startInstructions")
                .addObject()
                .put("type", "startBeforeActivity")
                .put("activityId", ProcessVariables.TASK_CHECK_ELIGIBILITY);
        return body.toString();
    }

    interface Call {
        String run() throws Exception;
    }

    /** Up to 40 samples after 2 of warm-up, but no more than a minute of them: a slow query gets fewer. */
    static long[] times(Call call) throws Exception {
        try {
            for (int i = 0; i < 2; i++) {
                call.run();
            }
        } catch (IllegalStateException refused) {
            // Past the database's statement timeout (30 s) the engine answers 500: the figure is "more than 30 s".
            System.out.println("refused: " + refused.getMessage());
            return new long[] {-1, -1};
        }
        List<Long> ms = new ArrayList<>();
        long end = System.nanoTime() + 60_000_000_000L;
        while (ms.size() < SAMPLES && (ms.size() < 5 || System.nanoTime() < end)) {
            long start = System.nanoTime();
            call.run();
            ms.add((System.nanoTime() - start) / 1_000_000);
        }
        return BenchmarkReport.p50p95(ms);
    }

    record Client(HttpClient http, String base, String user, String password) {

        String send(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    // Tasklist asks for HAL: the filter's variables come embedded with the page of tasks.
                    .header("Accept", path.contains("/filter/") ? "application/hal+json" : "application/json");
            request = body == null
                    ? request.method(method, HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " as " + user + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }

    static void write(Path report, Map<Integer, Map<String, long[]>> figures) throws Exception {
        StringBuilder table = new StringBuilder("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(System.getProperty("java.version"))
                .append(", PostgreSQL on the same machine; first page of 15, ")
                .append(SAMPLES)
                .append(" samples after 2 of warm-up (fewer, at least 5, when they take over a minute).\n\n")
                .append(
                        "| Open checks | Query | p50 | p95 | p95 ÷ baseline p95 |\n| ---: | --- | ---: | ---: | ---: |\n");
        figures.forEach((count, rows) -> {
            long baseline = rows.values().iterator().next()[1];
            rows.forEach((name, ms) -> table.append(
                    ms[0] < 0
                            ? String.format(
                                    "| %,d | %s | > 30 s (refused: statement timeout) | > 30 s | > %.0f× |%n",
                                    count, name, 30_000 / (double) Math.max(1, baseline))
                            : String.format(
                                    "| %,d | %s | %d ms | %d ms | %.1f× |%n",
                                    count, name, ms[0], ms[1], ms[1] / (double) Math.max(1, baseline))));
        });
        BenchmarkReport.writeSection(report, "The reviewer inbox (`bench/inbox`)", "inbox", table.toString());
    }
}
