package org.constellation.forum;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.BenchmarkData;
import org.constellation.BenchmarkReport;
import org.constellation.BenchmarkSession;
import org.constellation.EngineLoad;
import org.constellation.workflow.ProcessVariables;

/**
 * Issue 17's forum benchmark, run by {@code bench/forum}: the forum of a call of 10,000 proposals waiting for it is
 * held (« Informer les propositions en cours », a Camunda batch of correlations), and the time until none waits is
 * measured against the bare engine correlating one message to 10,000 instances of a start → catch → user task process
 * in one request, in the same run. The forum page is read while the batch runs, to show its progress.
 */
public final class ForumBenchmark {

    static final int PROPOSALS = 10_000;
    static final String BASELINE = "bench-forum-baseline";
    private static final Pattern PROGRESS =
            Pattern.compile("[0-9]+ proposition\\(s\\) attendent encore l’annonce[^<]*");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String password = args[2];
        Path report = Path.of(args[3]);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        EngineLoad engine = new EngineLoad(http, base, password);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            long callId = BenchmarkData.copiesOfTheDemoProposal(db, PROPOSALS, "AWAITING_FORUM");
            long starts = engine.start(
                    db, ProcessVariables.EVENT_FORUM_HELD, Map.of(ProcessVariables.FOLLOW_UP_PERSON, "reviewer1"));

            engine.deploy(BASELINE, baselineProcess());
            engine.startPlain(BASELINE, PROPOSALS);
            EngineLoad.analyze(db);
            long began = System.nanoTime();
            engine.send("POST", "/engine-rest/message", "{\"messageName\": \"BenchForumHeld\", \"all\": true}");
            double baselineSeconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("Bare engine: %d correlations in %.1f s%n", PROPOSALS, baselineSeconds);

            BenchmarkSession coordinator = BenchmarkSession.signIn(http, base, "coordinator", password);
            began = System.nanoTime();
            // The call's own process takes the step « Informer les propositions en cours », as on the forum's day.
            engine.send(
                    "POST",
                    "/engine-rest/process-instance/" + callInstance(db, callId) + "/modification",
                    "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_AnnounceForumHeld\"}]}");
            String seen = null;
            while (waiting(db) > 0) {
                if (seen == null && (System.nanoTime() - began) / 1e9 > 5) {
                    Matcher progress = PROGRESS.matcher(coordinator
                            .get("/coordination/forum?appel=" + callId)
                            .body());
                    seen = progress.find() ? progress.group() : "(no progress shown)";
                    System.out.println("The forum page, 5 s in: " + seen);
                }
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            long left = deliveriesDue(db);
            System.out.printf(
                    "Forum held: %d proposals told in %.1f s, %d mail deliveries left queued%n",
                    PROPOSALS, seconds, left);
            write(report, starts, baselineSeconds, seconds, left, seen);
        }
    }

    /** Proposals still waiting at « Forum des projets tenu », counted in SQL, off the engine. */
    static long waiting(Connection db) throws Exception {
        try (PreparedStatement count = db.prepareStatement("select count(*) from act_ru_execution where act_id_ = ?")) {
            count.setString(1, ProcessVariables.EVENT_FORUM_HELD);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static String callInstance(Connection db, long callId) throws Exception {
        try (PreparedStatement query =
                db.prepareStatement("select process_instance_id from call_for_participation " + "where id = ?")) {
            query.setLong(1, callId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** Jobs left to the job thread: the task mails the forum's tasks queued. */
    static long deliveriesDue(Connection db) throws Exception {
        try (PreparedStatement count = db.prepareStatement("select count(*) from act_ru_job where handler_type_ = "
                        + "'async-continuation' and retries_ > 0");
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static String baselineProcess() {
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="bench">
          <message id="held" name="BenchForumHeld" />
          <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="start" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <intermediateCatchEvent id="wait"><messageEventDefinition messageRef="held" /></intermediateCatchEvent>
            <sequenceFlow id="f2" sourceRef="wait" targetRef="task" />
            <userTask id="task" camunda:candidateGroups="reviewers" />
            <sequenceFlow id="f3" sourceRef="task" targetRef="end" />
            <endEvent id="end" />
          </process>
        </definitions>
        """.formatted(BASELINE);
    }

    static void write(Path report, long starts, double baseline, double seconds, long left, String seen)
            throws Exception {
        String table =
                "Measured " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors()
                        + " cores, Java " + System.getProperty("java.version") + ", PostgreSQL on the same machine; "
                        + PROPOSALS
                        + " proposals of one call waiting at « Forum des projets tenu » (SQL copies of a demo proposal, "
                        + "their instances started over REST at " + starts
                        + "/s), one job thread, 50 correlations per batch job.\n\n"
                        + "| What | Time | Proposals/s | ÷ baseline |\n| --- | ---: | ---: | ---: |\n"
                        + String.format(
                                "| baseline: bare engine, one message to %d waiting instances (start → catch → user task), "
                                        + "one request | %.1f s | %.0f | 1.0× |%n",
                                PROPOSALS, baseline, PROPOSALS / baseline)
                        + String.format(
                                "| the forum held: every proposal told and at « Préparer la fiche programme » (batch) | %.1f s "
                                        + "| %.0f | %.2f× |%n",
                                seconds, PROPOSALS / seconds, baseline / seconds)
                        + "\nThe forum page, five seconds in: « " + seen
                        + " ». The same job thread also delivered the new tasks' mails "
                        + "to their follow-up persons in that time (" + left
                        + " left queued at the end). Planner statistics refreshed "
                        + "(ANALYZE) after each load, as autovacuum would; the PostgreSQL here runs without it.\n";
        BenchmarkReport.writeSection(report, "The forum held (`bench/forum`)", "forum", table);
    }
}
