package org.constellation;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.constellation.portal.SubmissionBenchmark;

/**
 * Issue 17's start-up benchmark, run by {@code bench/startup}: the packaged jar started with a 512 MB heap, in the
 * default run (embedded H2, demo data, empty ./data) and on the postgres profile (empty database), timed from the
 * process start to a healthy /actuator/health; then a standard load (100 submissions at 8 clients) and the heap after a
 * full GC and the resident memory. The baseline, in the same run: a JVM that builds a bare Camunda engine on an
 * in-memory H2 and stops (what any application of this stack pays before its own work).
 */
public final class StartupBenchmark {

    static final int LOAD = 100;

    record Figures(String run, double healthySeconds, long heapMb, long rssMb, int failures) {}

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String classpath = args[1];
        String postgresJdbc = args[2];
        Path report = Path.of(args[3]);
        double baseline = baseline(classpath);
        System.out.printf("baseline (bare engine JVM): %.1f s%n", baseline);
        List<Figures> runs = new ArrayList<>();
        runs.add(measure("default run (H2, demo data)", jar, Map.of(), 18090));
        runs.add(measure(
                "postgres profile (demo data)",
                jar,
                Map.ofEntries(
                        Map.entry("SPRING_PROFILES_ACTIVE", "postgres"),
                        Map.entry("SPRING_DATASOURCE_URL", postgresJdbc),
                        Map.entry("SPRING_DATASOURCE_USERNAME", "postgres"),
                        Map.entry("CONSTELLATION_ADMIN_PASSWORD", "Banc-Depart-2026!"),
                        Map.entry("CONSTELLATION_SIGNING_KEY", "banc-cle-de-signature-de-trente-deux"),
                        Map.entry("CONSTELLATION_PUBLIC_BASE_URL", "http://localhost:18091"),
                        Map.entry("SMTP_HOST", "127.0.0.1"),
                        Map.entry("CONSTELLATION_DEMO_ENABLED", "true"),
                        Map.entry("CONSTELLATION_DEMO_PASSWORD", "Banc-Depart-2026!")),
                18091));
        runs.forEach(run -> System.out.printf(
                "%s: healthy in %.1f s; after %d submissions (%d failed): heap %d MB, " + "resident %d MB%n",
                run.run(), run.healthySeconds(), LOAD, run.failures(), run.heapMb(), run.rssMb()));
        write(report, baseline, runs);
    }

    /** Seconds from starting a JVM to its bare engine built on in-memory H2, as seen from outside. */
    static double baseline(String classpath) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java(), "-Xmx512m", "-cp", classpath, BareEngine.class.getName())
                .inheritIO()
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the bare engine did not start");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static Figures measure(String name, String jar, Map<String, String> settings, int port) throws Exception {
        Path work = Files.createTempDirectory("constellation-startup");
        ProcessBuilder builder = new ProcessBuilder(
                        java(), "-Xms256m", "-Xmx512m", "-jar", new File(jar).getAbsolutePath())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("app.log").toFile());
        builder.environment().putAll(settings);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("CONSTELLATION_PORTAL_MINIMUMFILLTIME", "PT0S");
        builder.environment()
                .put("CONSTELLATION_MAIL_CAPTUREDIR", work.resolve("mail").toString());
        long start = System.nanoTime();
        Process app = builder.start();
        try {
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            awaitHealthy(http, base, app, work);
            double healthy = (System.nanoTime() - start) / 1e9;
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<Long>> sent = new ArrayList<>();
            for (int i = 0; i < LOAD; i++) {
                sent.add(clients.submit(() -> SubmissionBenchmark.submit(http, base, false)));
            }
            int failures = 0;
            for (Future<Long> one : sent) {
                failures += one.get() < 0 ? 1 : 0;
            }
            clients.shutdown();
            // The job backlog of the load (acknowledgements, rules) is part of it: give it time to drain.
            Thread.sleep(20_000);
            return new Figures(
                    name,
                    healthy,
                    SubmissionBenchmark.heapAfterGc(app.pid()),
                    SubmissionBenchmark.residentMb(app.pid()),
                    failures);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static void awaitHealthy(HttpClient http, String base, Process app, Path work) throws Exception {
        for (int i = 0; i < 1800; i++) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped: see " + work.resolve("app.log"));
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not healthy within 3 minutes: see " + work.resolve("app.log"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void write(Path report, double baseline, List<Figures> runs) throws IOException {
        StringBuilder table = new StringBuilder("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(System.getProperty("java.version"))
                .append(", `-Xms256m -Xmx512m`, PostgreSQL on the same machine; ")
                .append("standard load: ")
                .append(LOAD)
                .append(" submissions at 8 clients, then 20 s for the job backlog.\n\n")
                .append(
                        "| Run | Healthy after | ÷ baseline | Used heap after GC, after the load | Resident memory | Failed submissions |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n")
                .append(String.format(
                        "| baseline: a JVM building a bare Camunda engine on in-memory H2 | %.1f s | 1.0× | | | |%n",
                        baseline));
        for (Figures run : runs) {
            table.append(String.format(
                    "| %s | %.1f s | %.1f× | %d MB | %d MB | %d |%n",
                    run.run(),
                    run.healthySeconds(),
                    run.healthySeconds() / baseline,
                    run.heapMb(),
                    run.rssMb(),
                    run.failures()));
        }
        BenchmarkReport.writeSection(report, "Start-up and memory (`bench/startup`)", "startup", table.toString());
    }

    /** The baseline's JVM: builds a bare engine, history full, on in-memory H2, and exits. */
    public static final class BareEngine {
        public static void main(String[] args) {
            ProcessEngine engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                    .setJdbcUrl("jdbc:h2:mem:baseline;DB_CLOSE_DELAY=-1")
                    .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                    .setJobExecutorActivate(false)
                    .buildProcessEngine();
            engine.close();
        }
    }
}
