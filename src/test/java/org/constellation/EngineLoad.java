package org.constellation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.constellation.workflow.ProcessVariables;

/**
 * Gives each SQL copy of the benchmarks' seeding ({@link BenchmarkData}) a proposal process of its own, started over
 * the engine's REST API as the administrator with the facts the portal would pass (the demo proposal's, with the copy's
 * id and reference), right where the benchmark needs it to wait (the eligibility check, the forum): started at its
 * start event, each would queue an acknowledgement first. Then waits until no job is due, so that what follows is
 * measured on a quiet engine. Also the benchmarks' way to the REST API ({@link #send}).
 */
public final class EngineLoad {

    private static final int CLIENTS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final String authorization;

    public EngineLoad(HttpClient http, String base, String adminPassword) {
        this.http = http;
        this.base = base;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts the copies' processes at the eligibility check; the start rate, in instances per second. */
    public long start(Connection db) throws Exception {
        return start(db, ProcessVariables.TASK_CHECK_ELIGIBILITY, Map.of());
    }

    /**
     * Starts the copies' processes before {@code activityId}, with the demo proposal's facts and {@code more} (name to
     * string value), and records their ids; the start rate, in instances per second.
     */
    public long start(Connection db, String activityId, Map<String, String> more) throws Exception {
        ObjectNode facts = templateFacts(db);
        more.forEach(
                (name, value) -> facts.putObject(name).put("type", "String").put("value", value));
        Map<Long, String> copies = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                        "select id, reference from proposal where reference like 'B-%' " + "order by id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                copies.put(rows.getLong(1), rows.getString(2));
            }
        }
        long began = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<String>> started = new ArrayList<>();
        copies.forEach(
                (id, reference) -> started.add(clients.submit(() -> startOne(facts, id, reference, activityId))));
        try (PreparedStatement link = db.prepareStatement("update proposal set process_instance_id = ? where id = ?")) {
            int i = 0;
            for (Long id : copies.keySet()) {
                link.setString(1, started.get(i++).get());
                link.setLong(2, id);
                link.addBatch();
            }
            link.executeBatch();
        } finally {
            clients.shutdown();
        }
        long rate = Math.round(copies.size() / ((System.nanoTime() - began) / 1e9));
        System.out.printf("%d process instances started over REST: %d/s%n", copies.size(), rate);
        awaitQuietEngine(db);
        analyze(db);
        return rate;
    }

    /** The start facts of the demo proposal the copies were made from, as the engine holds them. */
    private ObjectNode templateFacts(Connection db) throws Exception {
        String instance;
        try (PreparedStatement query = db.prepareStatement(
                        "select process_instance_id from proposal where id = "
                                + "(select min(id) from proposal where call_id = (select call_id from proposal where reference = 'B-000001'))");
                ResultSet row = query.executeQuery()) {
            row.next();
            instance = row.getString(1);
        }
        // From history: the demo proposal's process may have ended.
        JsonNode variables = JSON.readTree(send(
                "GET",
                "/engine-rest/history/variable-instance?processInstanceId=" + instance
                        + "&deserializeValues=false&firstResult=0&maxResults=100",
                null));
        List<String> wanted = List.of(
                ProcessVariables.CALL_ID,
                ProcessVariables.REVIEWER_GROUP,
                ProcessVariables.PROPOSAL_TITLE,
                ProcessVariables.CALL_TITLE,
                "proposalPriority",
                "proposalSummary",
                "proposalKind",
                "proposalThemes",
                "proposalDates",
                "proposalCommune",
                "proposalNeeds");
        ObjectNode facts = JSON.createObjectNode();
        for (JsonNode variable : variables) {
            String name = variable.get("name").asText();
            if (wanted.contains(name)) {
                facts.putObject(name).put("type", variable.get("type").asText()).set("value", variable.get("value"));
            }
        }
        return facts;
    }

    private String startOne(ObjectNode facts, long id, String reference, String activityId) throws Exception {
        ObjectNode variables = facts.deepCopy();
        variables.putObject(ProcessVariables.PROPOSAL_ID).put("value", id).put("type", "Long");
        variables
                .putObject(ProcessVariables.PROPOSAL_REFERENCE)
                .put("value", reference)
                .put("type", "String");
        ObjectNode body = JSON.createObjectNode().put("businessKey", reference);
        body.set("variables", variables);
        body.putArray("startInstructions")
                .addObject()
                .put("type", "startBeforeActivity")
                .put("activityId", activityId);
        return JSON.readTree(send(
                        "POST",
                        "/engine-rest/process-definition/key/" + ProcessVariables.PROPOSAL_LIFECYCLE + "/start",
                        body.toString()))
                .get("id")
                .asText();
    }

    /**
     * Fresh planner statistics after a load written in minutes, as autovacuum gives a database that grew over weeks
     * (the PostgreSQL of these machines runs with autovacuum off): without them the planner takes tables of 10,000 rows
     * for the few they held before, and the engine's queries scan.
     */
    public static void analyze(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("analyze");
        }
    }

    /**
     * Until no job is due (the acknowledgements queued and sent), at most ten minutes; counted in SQL, off the engine.
     */
    public static void awaitQuietEngine(Connection db) throws Exception {
        try (PreparedStatement due = db.prepareStatement("select count(*) from act_ru_job where retries_ > 0 "
                + "and (duedate_ is null or duedate_ <= now()) and suspension_state_ = 1")) {
            for (int i = 0; i < 600; i++) {
                try (ResultSet count = due.executeQuery()) {
                    count.next();
                    if (count.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(1000);
            }
        }
        throw new IllegalStateException("Jobs still due after ten minutes");
    }

    /** Deploys one BPMN file (a benchmark's bare-engine baseline) over the REST API. */
    public void deploy(String name, String bpmn) throws Exception {
        String boundary = "banc" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name
                + ".bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                        .header("Authorization", authorization)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Deployment refused: " + response.statusCode() + " " + response.body());
        }
    }

    /** Starts {@code count} instances of a process at its start event, from 8 clients; instances per second. */
    public long startPlain(String processKey, int count) throws Exception {
        long began = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                started.add(clients.submit(
                        () -> send("POST", "/engine-rest/process-definition/key/" + processKey + "/start", "{}")));
            }
            for (Future<String> one : started) {
                one.get();
            }
        } finally {
            clients.shutdown();
        }
        return Math.round(count / ((System.nanoTime() - began) / 1e9));
    }

    /**
     * A call to the engine's REST API as the administrator; its JSON answer, or an exception saying what went wrong.
     */
    public String send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        request = body == null
                ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
