package org.constellation.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.constellation.BenchmarkReport;
import org.constellation.EngineLoad;
import org.constellation.portal.SubmissionBenchmark;

/**
 * Issue 26's hung mail server, run by {@code bench/hungmail}: 300 portal submissions at 8 clients, first with a healthy
 * SMTP sink (the baseline), then with a server that accepts every connection and never answers. For each submission,
 * the time from its acknowledgement page to its eligibility check in the reviewers' inbox (the rules and the task,
 * which the mails must not hold up), seen by polling the engine's tasks every 200 ms.
 */
public final class HungMailBenchmark {

    static final int SUBMISSIONS = 300;
    static final int CLIENTS = 8;

    record Run(
            String name,
            int failures,
            long p50,
            long p95,
            long max,
            double lastAfterLast,
            int missing,
            double seconds,
            String smtpConnections,
            Map<String, Long> outbox) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        Path report = Path.of(args[2]);
        int smtpPort = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        GreenMail sink = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        sink.start();
        List<Run> runs = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            submissions(http, base, db, 5_001, 40, "warm-up", () -> "—");
            EngineLoad.awaitQuietEngine(db);
            runs.add(submissions(http, base, db, 1, SUBMISSIONS, "healthy SMTP sink (baseline)", () -> "—"));
            EngineLoad.awaitQuietEngine(db);
            sink.stop();
            try (HungServer hung = new HungServer(smtpPort)) {
                runs.add(submissions(
                        http,
                        base,
                        db,
                        1_001,
                        SUBMISSIONS,
                        "SMTP server that never answers",
                        () -> Integer.toString(hung.connections())));
            }
        }
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
        StringBuilder table = new StringBuilder();
        table.append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(machine)
                .append(", PostgreSQL on the same ")
                .append("machine; ")
                .append(SUBMISSIONS)
                .append(" submissions at ")
                .append(CLIENTS)
                .append(" clients a run.\n\n")
                .append(
                        "| Run | Refused | Submission to its check: p50 | p95 | max | Last check after the last answer | "
                                + "Checks missing | Run | SMTP connections | Outbox after the run |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        Run baseline = runs.get(0);
        for (Run run : runs) {
            table.append(String.format(
                    "| %s | %d | %.1f s | %.1f s | %.1f s | %.1f s | %d | %.0f s | %s | %s |%n",
                    run.name(),
                    run.failures(),
                    run.p50() / 1000.0,
                    run.p95() / 1000.0,
                    run.max() / 1000.0,
                    run.lastAfterLast(),
                    run.missing(),
                    run.seconds(),
                    run.smtpConnections(),
                    run.outbox()));
        }
        Run hung = runs.get(1);
        table.append(String.format(
                "%nHung ÷ healthy: p95 %.2f×, last check after the last answer %.2f×.%n",
                hung.p95() / (double) Math.max(1, baseline.p95()),
                hung.lastAfterLast() / Math.max(0.001, baseline.lastAfterLast())));
        System.out.print(table);
        BenchmarkReport.writeSection(
                report, "A mail server that never answers (`bench/hungmail`)", "hungmail", table.toString());
    }

    /** Submissions {@code first}..: the time from each answer to its check in the reviewers' inbox. */
    static Run submissions(
            HttpClient http,
            String base,
            Connection db,
            int first,
            int count,
            String name,
            Supplier<String> connections)
            throws Exception {
        Map<Integer, Long> answered = new ConcurrentHashMap<>();
        Map<Integer, Long> checked = new ConcurrentHashMap<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> watch(db, first, count, checked, watching));
        watcher.start();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger failures = new AtomicInteger();
        List<Future<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int n = first; n < first + count; n++) {
            int visitor = n;
            sent.add(pool.submit(() -> {
                if (SubmissionBenchmark.submit(http, base, false, visitor) < 0) {
                    failures.incrementAndGet();
                } else {
                    answered.put(visitor, System.nanoTime());
                }
            }));
        }
        for (Future<?> submission : sent) {
            submission.get();
        }
        pool.shutdown();
        long lastAnswer =
                answered.values().stream().mapToLong(Long::longValue).max().orElse(start);
        // Every check, or five minutes after the last answer.
        while (checked.size() < answered.size() && System.nanoTime() - lastAnswer < 300_000_000_000L) {
            Thread.sleep(200);
        }
        watching.set(false);
        watcher.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> lateness = new ArrayList<>();
        answered.forEach((n, at) -> {
            Long seen = checked.get(n);
            if (seen != null) {
                lateness.add(Math.max(0, (seen - at) / 1_000_000));
            }
        });
        long[] p = lateness.isEmpty() ? new long[] {-1, -1} : BenchmarkReport.p50p95(lateness);
        long lastCheck =
                checked.values().stream().mapToLong(Long::longValue).max().orElse(lastAnswer);
        Run run = new Run(
                name,
                failures.get(),
                p[0],
                p[1],
                lateness.stream().mapToLong(Long::longValue).max().orElse(-1),
                (lastCheck - lastAnswer) / 1e9,
                answered.size() - lateness.size(),
                seconds,
                connections.get(),
                outbox(db));
        System.out.println(run);
        return run;
    }

    /** Records when each submission's eligibility check first shows in the engine's tasks. */
    static void watch(Connection db, int first, int count, Map<Integer, Long> checked, AtomicBoolean watching) {
        try (Statement sql = db.createStatement()) {
            while (watching.get()) {
                try (ResultSet rows = sql.executeQuery("select p.title from act_ru_task t join proposal p "
                        + "on p.process_instance_id = t.proc_inst_id_ where t.task_def_key_ = 'Task_CheckEligibility' "
                        + "and p.title like 'Nuit d''observation %'")) {
                    long now = System.nanoTime();
                    while (rows.next()) {
                        int n = Integer.parseInt(rows.getString(1).substring("Nuit d'observation ".length()));
                        if (n >= first && n < first + count) {
                            checked.putIfAbsent(n, now);
                        }
                    }
                }
                Thread.sleep(200);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Long> outbox(Connection db) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select status, count(*) from outbox_mail group by status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /** A mail server that takes every connection and never says a word. */
    static final class HungServer implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        HungServer(int port) throws IOException {
            server = new ServerSocket(port, 1_000, InetAddress.getByName("127.0.0.1"));
            acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int connections() {
            return held.size();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
