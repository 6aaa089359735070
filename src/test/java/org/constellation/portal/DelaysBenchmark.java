package org.constellation.portal;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.constellation.BenchmarkData;
import org.constellation.BenchmarkReport;
import org.constellation.EngineLoad;
import org.constellation.PortalClient;

/**
 * Issue 26's benchmark, run by {@code bench/delays}: the public delays page of a call of 10,000 proposals with their
 * dated histories, hit by 20 anonymous clients (each its own address) for 20 seconds while one person browses the
 * portal; the person's pages are timed idle before and after in the same run (the baseline). Counts answers by kind,
 * the application's OutOfMemoryErrors and its heap after a full collection.
 */
public final class DelaysBenchmark {

    static final int PROPOSALS = 10_000;
    static final int CROWD = 20;
    static final long SECONDS = 20;
    static final String DELAYS = "/appels/" + BenchmarkData.DEMO_CALL + "/delais";

    /** Answers and times of one side of a run. */
    record Tally(
            List<Long> millis, AtomicInteger ok, AtomicInteger limited, AtomicInteger failed, AtomicInteger errors) {
        Tally() {
            this(
                    Collections.synchronizedList(new ArrayList<>()),
                    new AtomicInteger(),
                    new AtomicInteger(),
                    new AtomicInteger(),
                    new AtomicInteger());
        }

        int requests() {
            return ok.get() + limited.get() + failed.get() + errors.get();
        }

        void time(PortalClient client, String path) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer = client.get(path);
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (answer.statusCode() >= 500) {
                    failed.incrementAndGet();
                } else if (answer.statusCode() == 429) {
                    limited.incrementAndGet();
                } else {
                    ok.incrementAndGet();
                    this.millis.add(millis);
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        String jdbc = args[1];
        long pid = Long.parseLong(args[2]);
        Path log = Path.of(args[3]);
        Path report = Path.of(args[4]);
        String season;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            BenchmarkData.copiesOfTheDemoProposal(db, PROPOSALS, "ACCOMPANIMENT");
            dateHistories(db);
            EngineLoad.analyze(db);
            season = single(db, "select slug from season order by starts_on limit 1");
        }
        List<String> pages = List.of(
                "/",
                "/appels/" + BenchmarkData.DEMO_CALL,
                "/appels/" + BenchmarkData.DEMO_CALL + "/proposer",
                "/programme/" + season);
        PortalClient person = new PortalClient(port, "10.76.0.1");

        Tally cold = new Tally();
        cold.time(new PortalClient(port, "10.76.0.2"), DELAYS);
        Tally warm = new Tally();
        for (int i = 0; i < 20; i++) {
            warm.time(new PortalClient(port, "10.76.1." + (i + 1)), DELAYS);
        }
        browse(person, pages, new Tally(), 5); // warm-up
        Tally idle = browse(person, pages, new Tally(), SECONDS);

        long oomBefore = outOfMemoryErrors(log);
        Tally crowd = new Tally();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CROWD);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < CROWD; i++) {
            PortalClient client = new PortalClient(port, "10.77.0." + (i + 1));
            clients.add(pool.submit(() -> {
                while (running.get()) {
                    crowd.time(client, DELAYS);
                }
            }));
        }
        Tally underCrowd = browse(person, pages, new Tally(), SECONDS);
        running.set(false);
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        Tally idleAgain = browse(person, pages, new Tally(), SECONDS);
        long oom = outOfMemoryErrors(log) - oomBefore;
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        long heap = SubmissionBenchmark.heapAfterGc(pid);

        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
        long idleP95 = (p95(idle) + p95(idleAgain)) / 2;
        StringBuilder table = new StringBuilder();
        table.append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(machine)
                .append(", PostgreSQL on the same ")
                .append("machine, the application at -Xmx512m; a call of ")
                .append(PROPOSALS)
                .append(" proposals and ")
                .append(statusChanges(jdbc))
                .append(" status changes.\n\n")
                .append("| Run | Requests | 2xx | 429 | 5xx | Errors | p50 | p95 | p95 ÷ the person's idle p95 |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        row(table, "delays page, first request (computed)", cold, idleP95);
        row(table, "delays page, 20 more visitors (kept for five minutes)", warm, idleP95);
        row(table, "the person's pages, idle (baseline)", idle, idleP95);
        row(table, "crowd: 20 clients on the delays page, " + SECONDS + " s", crowd, idleP95);
        row(table, "the person's pages, during the crowd", underCrowd, idleP95);
        row(table, "the person's pages, idle again", idleAgain, idleP95);
        table.append(String.format(
                "%nOutOfMemoryError in the application's log during the crowd: %d; application alive "
                        + "after it: %s; used heap after a full GC: %d MB. Limit in force: 30 computed pages a minute per client "
                        + "address (`computed-page-per-address`).%n",
                oom, alive ? "yes" : "no", heap));
        System.out.print(table);
        BenchmarkReport.writeSection(
                report, "The public delays page under a crowd (`bench/delays`)", "delays", table.toString());
    }

    /** The person's pages in turn, for {@code seconds}. */
    static Tally browse(PortalClient person, List<String> pages, Tally tally, long seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < end; i++) {
            tally.time(person, pages.get(i % pages.size()));
        }
        return tally;
    }

    static void row(StringBuilder table, String name, Tally tally, long baselineP95) {
        long[] p = tally.millis().isEmpty() ? new long[] {-1, -1} : BenchmarkReport.p50p95(tally.millis());
        table.append(String.format(
                "| %s | %d | %d | %d | %d | %d | %d ms | %d ms | %.2f |%n",
                name,
                tally.requests(),
                tally.ok().get(),
                tally.limited().get(),
                tally.failed().get(),
                tally.errors().get(),
                p[0],
                p[1],
                p[1] / (double) Math.max(1, baselineP95)));
    }

    static long p95(Tally tally) {
        return BenchmarkReport.p50p95(tally.millis())[1];
    }

    /**
     * Each copy's dated history, as the steps leave it: submitted, checked (a third asked for information first, and
     * answered three days later), then found eligible after two to thirty days, one in five ineligible.
     */
    static void dateHistories(Connection db) throws Exception {
        // From 35 days before each copy's creation date: every step is over before today.
        String copies = "from proposal where reference like 'B-%'";
        String begun = "created_at - interval '35 days'";
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into proposal_status_change (proposal_id, status, changed_at) "
                    + "select id, 'SUBMITTED', " + begun + " " + copies);
            sql.execute("insert into proposal_status_change (proposal_id, status, changed_at) "
                    + "select id, 'ELIGIBILITY_CHECK', " + begun + " + interval '1 minute' " + copies);
            sql.execute("insert into proposal_status_change (proposal_id, status, changed_at) "
                    + "select id, s.status, " + begun + " + s.after from proposal, (values ('INFORMATION_REQUESTED', "
                    + "interval '2 days'), ('ELIGIBILITY_CHECK', interval '5 days')) s(status, after) "
                    + "where reference like 'B-%' and id % 3 = 0");
            sql.execute("update proposal set status = 'INELIGIBLE' where reference like 'B-%' and id % 5 = 0");
            sql.execute("insert into proposal_status_change (proposal_id, status, changed_at) " + "select id, status, "
                    + begun + " + (6 + id % 25) * interval '1 day' " + copies);
        }
    }

    static long outOfMemoryErrors(Path log) throws Exception {
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains("OutOfMemoryError"))
                .count();
    }

    static long statusChanges(String jdbc) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            return Long.parseLong(single(db, "select count(*) from proposal_status_change"));
        }
    }

    static String single(Connection db, String query) throws Exception {
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
