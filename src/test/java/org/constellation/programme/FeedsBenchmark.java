package org.constellation.programme;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.BenchmarkReport;

/**
 * Issue 17's feed benchmark, run by {@code bench/feeds}: last season's iCalendar and JSON feeds with 5,000 released
 * entries, over HTTP, cold (the first request after a new release), warm, and revalidated (If-None-Match: 304), against
 * reading the same release straight from PostgreSQL in the same run (the baseline). Each release is written by SQL from
 * the demo's first released entry, as {@link ProgrammeReleases} would write it.
 */
public final class FeedsBenchmark {

    static final String SEASON = "saison-etoiles-2026";
    static final int ENTRIES = 5_000;
    static final int COLD_SAMPLES = 5;
    static final int WARM_SAMPLES = 40;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        Path report = Path.of(args[2]);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, long[]> figures = new LinkedHashMap<>();
        Map<String, Integer> bytes = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            figures.put("baseline: the release's entries read from PostgreSQL", sqlRead(db));
            for (String feed : List.of("ics", "json")) {
                String url = base + "/programme/" + SEASON + "." + feed;
                List<Long> cold = new ArrayList<>();
                for (int i = 0; i < COLD_SAMPLES; i++) {
                    release(db);
                    cold.add(get(http, url, null).millis());
                }
                figures.put("." + feed + ", cold (first request after a release)", BenchmarkReport.p50p95(cold));
                Answer warm = get(http, url, null);
                bytes.put(feed, warm.bytes());
                figures.put("." + feed + ", warm", times(http, url, null, 200));
                figures.put("." + feed + ", unchanged (If-None-Match → 304)", times(http, url, warm.etag(), 304));
            }
        }
        figures.forEach((name, ms) -> System.out.printf("%s: p50 %d ms, p95 %d ms%n", name, ms[0], ms[1]));
        bytes.forEach((feed, size) -> System.out.printf(".%s: %d bytes%n", feed, size));
        write(report, figures, bytes);
    }

    record Answer(long millis, int status, String etag, int bytes) {}

    /**
     * A new version of the season's release: 5,000 copies of its first entry, each with its own uid, slug and title.
     */
    static void release(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
        insert into programme_release (season_id, version, released_at, released_by, note, changelog, entries)
        select r.season_id, r.version + 1, now(), 'banc', 'banc', '[]',
          (select jsonb_agg(jsonb_set(jsonb_set(jsonb_set(e, '{uid}', to_jsonb('banc-' || g || '-' || r.version
              || '@constellation.example.org')), '{slug}', to_jsonb('banc-' || g)), '{title}',
              to_jsonb((e ->> 'title') || ' n° ' || g)))::text
           from (select (first.entries::jsonb) -> 0 as e from programme_release first
                 where first.season_id = r.season_id order by first.version limit 1) template,
                generate_series(1, ?) g)
        from programme_release r join season s on s.id = r.season_id
        where s.slug = ? order by r.version desc limit 1""")) {
            insert.setInt(1, ENTRIES);
            insert.setString(2, SEASON);
            insert.executeUpdate();
        }
    }

    static long[] sqlRead(Connection db) throws SQLException {
        release(db);
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < WARM_SAMPLES; i++) {
            long start = System.nanoTime();
            try (PreparedStatement query =
                    db.prepareStatement("select r.entries from programme_release r join season s "
                            + "on s.id = r.season_id where s.slug = ? order by r.version desc limit 1")) {
                query.setString(1, SEASON);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    row.getString(1).length();
                }
            }
            ms.add((System.nanoTime() - start) / 1_000_000);
        }
        return BenchmarkReport.p50p95(ms);
    }

    static long[] times(HttpClient http, String url, String etag, int status) throws Exception {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < WARM_SAMPLES; i++) {
            Answer answer = get(http, url, etag);
            if (answer.status() != status) {
                throw new IllegalStateException(url + " answered " + answer.status() + ", not " + status);
            }
            ms.add(answer.millis());
        }
        return BenchmarkReport.p50p95(ms);
    }

    static Answer get(HttpClient http, String url, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Answer(
                millis,
                response.statusCode(),
                response.headers().firstValue("ETag").orElse(null),
                response.body().length);
    }

    static void write(Path report, Map<String, long[]> figures, Map<String, Integer> bytes) throws IOException {
        long[] baseline = figures.values().iterator().next();
        StringBuilder table = new StringBuilder("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(System.getProperty("java.version"))
                .append(", PostgreSQL on the same machine; a release of ")
                .append(ENTRIES)
                .append(" entries; ")
                .append(COLD_SAMPLES)
                .append(" cold samples (a new release before each), ")
                .append(WARM_SAMPLES)
                .append(" of the others.\n\n")
                .append("| Request | p50 | p95 | p95 ÷ baseline p95 |\n| --- | ---: | ---: | ---: |\n");
        figures.forEach((name, ms) -> table.append(String.format(
                "| %s | %d ms | %d ms | %.1f× |%n", name, ms[0], ms[1], ms[1] / (double) Math.max(1, baseline[1]))));
        table.append("\nBytes: ");
        bytes.forEach((feed, size) -> table.append(String.format(".%s %,d; ", feed, size)));
        table.setLength(table.length() - 2);
        table.append(".\n");
        BenchmarkReport.writeSection(report, "The programme's feeds (`bench/feeds`)", "feeds", table.toString());
    }
}
