package org.constellation.coordination;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.BenchmarkData;
import org.constellation.BenchmarkReport;
import org.constellation.BenchmarkSession;
import org.constellation.EngineLoad;

/**
 * Issue 16's benchmark, run by {@code bench/cases}: the case list's first page and the analytics page of a call of
 * 10,000 proposals with their dated histories, over HTTP as a signed-in coordinator, against the same page's rows read
 * straight from PostgreSQL in the same run (the baseline). The proposals are copies of a demo proposal written by SQL,
 * each with a process instance of its own started through the engine's REST API (as the portal starts one), so that the
 * pages read the engine's runtime and history at that size too.
 */
public final class CasesBenchmark {

    static final int PROPOSALS = 10_000;
    static final int PAGE_SAMPLES = 60;
    static final int ANALYTICS_SAMPLES = 10;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String password = args[2];
        Path report = Path.of(args[3]);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long callId;
        long startsPerSecond;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            callId = BenchmarkData.copiesOfTheDemoProposal(db, PROPOSALS, "ELIGIBILITY_CHECK");
            startsPerSecond = new EngineLoad(http, base, password).start(db);
            dateHistories(db);
        }
        BenchmarkSession coordinator = BenchmarkSession.signIn(http, base, "coordinator", password);
        Map<String, long[]> figures = new LinkedHashMap<>();
        figures.put("baseline: the page's rows and count straight from PostgreSQL", sqlPage(jdbc, callId));
        figures.put(
                "case list, first page (GET /coordination/dossiers)",
                times(coordinator, "/coordination/dossiers?appel=" + callId, PAGE_SAMPLES));
        figures.put(
                "case list, filtered (waiting for the applicant)",
                times(coordinator, "/coordination/dossiers?appel=" + callId + "&attente=APPLICANT", PAGE_SAMPLES));
        figures.put(
                "analytics page (GET /coordination/analyse)",
                times(coordinator, "/coordination/analyse?appel=" + callId, ANALYTICS_SAMPLES));
        figures.forEach((name, ms) -> System.out.printf("%s: p50 %d ms, p95 %d ms%n", name, ms[0], ms[1]));
        write(report, figures, startsPerSecond);
    }

    /** A third of the copies wait for the applicant; each copy gets its dated status changes. */
    static void dateHistories(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("update proposal set status = 'INFORMATION_REQUESTED' where reference like 'B-%' "
                    + "and substring(reference, 3)::int % 3 = 0");
            sql.execute("insert into proposal_status_change (proposal_id, status, changed_at) "
                    + "select id, 'SUBMITTED', created_at from proposal where reference like 'B-%' union all "
                    + "select id, 'ELIGIBILITY_CHECK', created_at from proposal where reference like 'B-%' union all "
                    + "select id, 'INFORMATION_REQUESTED', created_at + interval '2 days' from proposal where reference like "
                    + "'B-%' and status = 'INFORMATION_REQUESTED'");
        }
    }

    static long[] sqlPage(String jdbc, long callId) throws SQLException {
        List<Long> ms = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            for (int i = 0; i < PAGE_SAMPLES; i++) {
                long start = System.nanoTime();
                try (PreparedStatement page = db.prepareStatement(
                                "select p.*, o.name from proposal p join organisation o "
                                        + "on o.id = p.organisation_id where p.call_id = ? order by p.reference limit 50");
                        PreparedStatement count =
                                db.prepareStatement("select count(*) from proposal where call_id = ?")) {
                    page.setLong(1, callId);
                    count.setLong(1, callId);
                    try (ResultSet rows = page.executeQuery();
                            ResultSet total = count.executeQuery()) {
                        while (rows.next()) {
                            rows.getString("title");
                        }
                        total.next();
                    }
                }
                ms.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        return BenchmarkReport.p50p95(ms);
    }

    static long[] times(BenchmarkSession session, String url, int samples) throws Exception {
        session.get(url);
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = session.get(url);
            ms.add((System.nanoTime() - start) / 1_000_000);
            if (page.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + page.statusCode());
            }
        }
        return BenchmarkReport.p50p95(ms);
    }

    static void write(Path report, Map<String, long[]> figures, long startsPerSecond) throws IOException {
        long[] baseline = figures.values().iterator().next();
        StringBuilder table = new StringBuilder("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(System.getProperty("java.version"))
                .append(", PostgreSQL on the same machine; one call of ")
                .append(PROPOSALS)
                .append(" proposals (copies written by SQL, each with its process instance, started over ")
                .append("the REST API at ")
                .append(startsPerSecond)
                .append(" instances/s) plus the demo's.\n\n")
                .append("| Page | p50 | p95 | p95 ÷ baseline p95 |\n| --- | ---: | ---: | ---: |\n");
        figures.forEach((name, ms) -> table.append(String.format(
                "| %s | %d ms | %d ms | %.1f× |%n", name, ms[0], ms[1], ms[1] / (double) Math.max(1, baseline[1]))));
        BenchmarkReport.writeSection(report, "The case workspace (`bench/cases`)", "cases", table.toString());
    }
}
