package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.constellation.TestDatabase;
import org.constellation.portal.SubmissionBenchmark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL, as production would run them (Camunda's homogeneous cluster): two JVMs of the packaged
 * jar, the postgres profile, one signing key, each with its own engine host name and job executor, both sending to one
 * SMTP server (GreenMail, in this JVM). Submissions go to both in turn; once both have done part of the work, node A is
 * killed (SIGKILL, mid-backlog) and node B finishes what A had queued or held: every job succeeds once, every queued
 * mail is sent, and no Message-ID reaches the server twice but for the one A may have been sending.
 */
class TwoNodesIT {

    private static final int SUBMISSIONS = 40;
    private static final String PASSWORD = "Deux-Noeuds-2026!";
    private static final int SMTP_PORT = 3026;

    static GreenMail smtp;
    static Node a;
    static Node b;
    static String jdbc;

    @BeforeAll
    static void twoNodes() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        jdbc = TestDatabase.urlOf(TestDatabase.created("constellation_two_nodes_it"));
        // One after the other, as a rolling start does: the first creates the schemas and the demo data.
        a = Node.start("node-a", jdbc);
        a.awaitHealthy();
        b = Node.start("node-b", jdbc);
        b.awaitHealthy();
    }

    @AfterAll
    static void stop() {
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.process.destroy();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void bothNodesShareTheWorkAndOneFinishesWhatTheKilledOneLeft() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Long>> sent = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            Node node = i % 2 == 0 ? a : b;
            sent.add(clients.submit(() -> SubmissionBenchmark.submit(http, node.base, false)));
        }
        for (Future<Long> submission : sent) {
            assertThat(submission.get()).as("a submission acknowledged").isNotNegative();
        }
        clients.shutdown();

        // Killed while its share of the backlog is under way: it has run jobs, and jobs are still due.
        await(Duration.ofSeconds(60), () -> successesOf("node-a") >= 5 && dueJobs() > 0);
        long dueAtKill = dueJobs();
        a.process.destroyForcibly().waitFor();

        await(
                Duration.ofMinutes(4),
                () -> dueJobs() == 0
                        && count("select count(*) from outbox_mail " + "where status <> 'SENT' and status <> 'HELD'")
                                == 0);
        System.out.printf(
                "Two nodes: %d jobs due when node A was killed; successes node A %d, node B %d%n",
                dueAtKill, successesOf("node-a"), successesOf("node-b"));
        assertThat(dueAtKill).as("jobs left when node A died").isPositive();
        assertThat(count("select count(*) from proposal where title like 'Nuit d''observation %' "
                        + "and process_instance_id is not null"))
                .as("every submission has its process")
                .isEqualTo(SUBMISSIONS);
        assertThat(successesOf("node-a")).as("node A did part of the work").isPositive();
        assertThat(successesOf("node-b")).as("node B did part of the work").isPositive();
        // The history cleanup's job runs again and again under one id, by design, in its nightly window.
        assertThat(count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 "
                        + "and coalesce(job_def_type_, '') <> 'history-cleanup' "
                        + "group by job_id_ having count(*) > 1) twice"))
                .as("jobs that succeeded twice")
                .isZero();
        assertThat(count("select count(*) from act_ru_incident"))
                .as("incidents")
                .isZero();

        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getMessageID(), 1, Integer::sum);
        }
        List<String> sentIds = strings("select message_id from outbox_mail where status = 'SENT'");
        assertThat(received.keySet()).as("every mail sent reached the server").containsAll(sentIds);
        // SMTP has no two-phase commit: a node killed between the server's "250 OK" and its own commit leaves that one
        // mail to be sent again by the other node, under the same Message-ID (receivers drop the repeat).
        assertThat(received.values().stream().filter(times -> times > 1).count())
                .as("Message-IDs received twice")
                .isLessThanOrEqualTo(1);
    }

    private static long successesOf(String host) {
        return count("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = '" + host + "'");
    }

    /** Jobs a job executor would take now (their lock, if a dead node held one, expired). */
    private static long dueJobs() {
        return count("select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 "
                + "and (duedate_ is null or duedate_ <= now())");
    }

    private static long count(String sql) {
        try (Connection db = DriverManager.getConnection(jdbc, TestDatabase.USER, TestDatabase.PASSWORD);
                Statement query = db.createStatement();
                ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, TestDatabase.USER, TestDatabase.PASSWORD);
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not reached within " + limit);
            }
            Thread.sleep(200);
        }
    }

    /** One node: the packaged jar in a JVM of its own, its output in target/two-nodes. */
    record Node(String name, String base, Process process, Path log) {

        static Node start(String name, String jdbc) throws IOException {
            File[] jars = new File("target")
                    .listFiles((dir, file) -> file.startsWith("constellation-") && file.endsWith(".jar"));
            assertThat(jars)
                    .as("the packaged jar (failsafe runs after package)")
                    .isNotEmpty();
            int port = freePort();
            Path log = Files.createDirectories(Path.of("target", "two-nodes")).resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx512m",
                            "-jar",
                            jars[0].getPath(),
                            // The production job settings: a killed node's locked jobs return to the pool within two
                            // minutes.
                            "--camunda.bpm.generic-properties.properties.hostname=" + name)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            env.put("SPRING_DATASOURCE_URL", jdbc);
            env.put("SPRING_DATASOURCE_USERNAME", TestDatabase.USER);
            env.put("SPRING_DATASOURCE_PASSWORD", TestDatabase.PASSWORD);
            env.put("SERVER_PORT", String.valueOf(port));
            env.put("CONSTELLATION_PUBLIC_BASE_URL", "https://constellation.example.org");
            env.put("CONSTELLATION_SIGNING_KEY", "une-cle-de-signature-commune-aux-deux-noeuds");
            env.put("CONSTELLATION_ADMIN_PASSWORD", PASSWORD);
            env.put("CONSTELLATION_DEMO_ENABLED", "true");
            env.put("CONSTELLATION_DEMO_PASSWORD", PASSWORD);
            // The benchmark's client is a robot that sends the form at once.
            env.put("CONSTELLATION_PORTAL_MINIMUMFILLTIME", "PT0S");
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMTP_PORT", String.valueOf(SMTP_PORT));
            return new Node(name, "http://localhost:" + port, builder.start(), log);
        }

        void awaitHealthy() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < end) {
                assertThat(process.isAlive()).as(name + " stopped: see " + log).isTrue();
                try {
                    if (http.send(
                                            HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            throw new AssertionError(name + " not healthy within 3 minutes: see " + log);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
