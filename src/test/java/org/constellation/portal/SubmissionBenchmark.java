package org.constellation.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.constellation.proposal.AccompanimentNeed;
import org.constellation.proposal.Audience;
import org.constellation.proposal.OfferType;

/**
 * Issue 13's benchmark, run by {@code bench/submission}: 300 submissions over HTTP at 8 clients against a running
 * application (postgres profile, the demo call of 49 communes), once with one box per group and once with every box
 * ticked (then one box again, to show the order), and in the same run the bare engine starting a start → user task
 * process on the same PostgreSQL. Each submission is what a person does: GET the form, POST it. Heap is read after a
 * full GC before and after each run, and the job backlog is waited for after it.
 */
public final class SubmissionBenchmark {

    static final int SUBMISSIONS = 300;
    static final int CLIENTS = 8;
    static final String CALL = "environnement-et-biodiversite";
    static final List<String> THEMES =
            List.of("biodiversity", "climate", "water", "earth-sciences", "nature-in-town", "nature-and-society");
    static final List<String> BONUS = List.of("co-construction", "scientific-method", "network");
    private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|formKey)\" value=\"([^\"]*)\"");
    private static final AtomicInteger VISITORS = new AtomicInteger();
    /** The application's database, to watch its job backlog drain after a run. */
    private static String appJdbc;

    record Run(
            String name,
            int clients,
            int submissions,
            int failures,
            double seconds,
            long p50,
            long p95,
            long p99,
            long heapBeforeMb,
            long heapAfterMb,
            double drainSeconds,
            long rssMb) {
        double rate() {
            return submissions / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        String engineJdbc = args[2];
        Path report = Path.of(args[3]);
        appJdbc = args[4];

        double engineRate = bareEngine(engineJdbc);
        System.out.printf("bare engine: %.0f instances/s%n", engineRate);
        // A first pass warms the JVM (JIT, caches) so that neither measured run pays for it.
        run("warm-up", base, pid, false, 80, CLIENTS);
        // A plain run on each side of the ticked one, so that the order (a warmer JVM, a fuller database) shows.
        Run plain = run("one box per group", base, pid, false, SUBMISSIONS, CLIENTS);
        Run ticked = run("every box ticked", base, pid, true, SUBMISSIONS, CLIENTS);
        Run plainAgain = run("one box per group, again", base, pid, false, SUBMISSIONS, CLIENTS);
        // One person at a time, then a deadline's crowd (issue 17).
        Run alone = run("one box per group, one client", base, pid, false, SUBMISSIONS / 3, 1);
        Run crowd = run("one box per group, 32 clients", base, pid, false, SUBMISSIONS, 32);
        write(report, engineRate, List.of(plain, ticked, plainAgain, alone, crowd));
    }

    static Run run(String name, String base, long pid, boolean everyBox, int count, int clients) throws Exception {
        long heapBefore = heapAfterGc(pid);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            results.add(pool.submit(() -> submit(http, base, everyBox)));
        }
        List<Long> millis = new ArrayList<>();
        int failures = 0;
        for (Future<Long> result : results) {
            long value = result.get();
            if (value < 0) {
                failures++;
            } else {
                millis.add(value);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double drain = drainJobs();
        Collections.sort(millis);
        Run run = new Run(
                name,
                clients,
                count,
                failures,
                seconds,
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 99),
                heapBefore,
                heapAfterGc(pid),
                Math.max(0, drain),
                residentMb(pid));
        System.out.printf(
                "%s: %d submissions, %d failed, %.1f/s, p50 %d ms, p95 %d ms, p99 %d ms, heap %d → %d MB,"
                        + " backlog drained %.0f s after the last submission, resident %d MB%n",
                name,
                count,
                failures,
                run.rate(),
                run.p50(),
                run.p95(),
                run.p99(),
                run.heapBeforeMb(),
                run.heapAfterMb(),
                run.drainSeconds(),
                run.rssMb());
        return run;
    }

    /**
     * Waits until no job is due (acknowledgements, rules, staff mails): what the applicants wait for beyond the page.
     * Returns how many seconds that took after the last submission was answered.
     */
    static double drainJobs() throws Exception {
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(appJdbc, "postgres", "")) {
            for (int i = 0; i < 1200; i++) {
                try (ResultSet due = db.createStatement()
                        .executeQuery(
                                "select count(*) from act_ru_job where "
                                        + "retries_ > 0 and (duedate_ is null or duedate_ <= now()) and suspension_state_ = 1")) {
                    due.next();
                    if (due.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(250);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** One person's submission, GET then POST, in milliseconds; -1 when it was not acknowledged. */
    public static long submit(HttpClient http, String base, boolean everyBox) {
        return submit(http, base, everyBox, VISITORS.incrementAndGet());
    }

    /** The same, as visitor {@code n}: the proposal is titled « Nuit d'observation n ». */
    public static long submit(HttpClient http, String base, boolean everyBox, int n) {
        String address = "10.99." + (n / 250) + "." + (n % 250 + 1);
        long start = System.nanoTime();
        try {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/appels/" + CALL + "/proposer"))
                            .header("X-Forwarded-For", address)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookies = page.headers().allValues("Set-Cookie").stream()
                    .map(c -> c.split(";", 2)[0])
                    .collect(Collectors.joining("; "));
            List<Map.Entry<String, String>> form = new ArrayList<>();
            Matcher hidden = HIDDEN.matcher(page.body());
            while (hidden.find()) {
                form.add(Map.entry(
                        hidden.group(1), hidden.group(2).replace("&#39;", "'").replace("&amp;", "&")));
            }
            form.addAll(values(n, everyBox));
            String body = form.stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> sent = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/appels/" + CALL + "/proposer"))
                            .header("X-Forwarded-For", address)
                            .header("Cookie", cookies)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (sent.statusCode() != 303) {
                System.err.println("refused (" + sent.statusCode() + "): "
                        + sent.body()
                                .lines()
                                .filter(l -> l.contains("error"))
                                .limit(3)
                                .collect(Collectors.joining(" ")));
                return -1;
            }
            return millis;
        } catch (IOException | InterruptedException e) {
            System.err.println("failed: " + e);
            return -1;
        }
    }

    static List<Map.Entry<String, String>> values(int n, boolean everyBox) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        LocalDate day = LocalDate.now().plusMonths(10);
        form.add(Map.entry("website", ""));
        // A contribution in both runs: the one kind that stores every group of boxes, offers included.
        form.add(Map.entry("kind", "CONTRIBUTION"));
        form.add(Map.entry("organisationName", "Club d'astronomie n° " + n));
        form.add(Map.entry("organisationType", "ASSOCIATION"));
        form.add(Map.entry("contactName", "Alice Martin"));
        form.add(Map.entry("contactEmail", "banc-" + n + "-" + System.nanoTime() + "@example.org"));
        form.add(Map.entry("language", "fr"));
        form.add(Map.entry("title", "Nuit d'observation " + n));
        form.add(Map.entry("summary", "Observation du ciel pour tous, télescopes fournis."));
        form.add(Map.entry("plannedStart", day.toString()));
        form.add(Map.entry("plannedEnd", day.toString()));
        form.add(Map.entry("commune", "Grenoble"));
        form.add(Map.entry("schoolInvolvement", "NONE"));
        form.add(Map.entry("introductionConsent", "YES"));
        form.add(Map.entry("offerDescription", "Une salle de 80 places, une exposition, des bénévoles."));
        form.add(Map.entry("roomCapacity", "80"));
        if (everyBox) {
            THEMES.forEach(theme -> form.add(Map.entry("themes", theme)));
            Arrays.stream(Audience.values()).forEach(a -> form.add(Map.entry("audiences", a.name())));
            Arrays.stream(AccompanimentNeed.values()).forEach(a -> form.add(Map.entry("needs", a.name())));
            Arrays.stream(OfferType.values()).forEach(a -> form.add(Map.entry("offers", a.name())));
            BONUS.forEach(code -> form.add(Map.entry("bonusCriteria", code)));
        } else {
            form.add(Map.entry("themes", THEMES.get(0)));
            form.add(Map.entry("audiences", Audience.GENERAL_PUBLIC.name()));
            form.add(Map.entry("needs", AccompanimentNeed.SPEAKERS.name()));
            form.add(Map.entry("offers", OfferType.ROOM.name()));
            form.add(Map.entry("bonusCriteria", BONUS.get(2)));
        }
        return form;
    }

    /** The baseline: the bare engine, history full, starting a start → user task process from 8 threads. */
    static double bareEngine(String jdbcUrl) throws Exception {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcMaxActiveConnections(CLIENTS + 2);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService()
                    .createDeployment()
                    .addModelInstance(
                            "baseline.bpmn",
                            Bpmn.createExecutableProcess("baseline")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .userTask("work")
                                    .endEvent()
                                    .done())
                    .deploy();
            int count = 2_000;
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < 200; i++) {
                engine.getRuntimeService().startProcessInstanceByKey("baseline");
            }
            long start = System.nanoTime();
            List<Future<?>> starts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                starts.add(pool.submit(() -> engine.getRuntimeService().startProcessInstanceByKey("baseline")));
            }
            for (Future<?> started : starts) {
                started.get();
            }
            double rate = count / ((System.nanoTime() - start) / 1e9);
            pool.shutdown();
            return rate;
        } finally {
            engine.close();
        }
    }

    /** Used heap after a full collection, read from the application's JVM with jcmd. */
    public static long heapAfterGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        long kb = 0;
        if (used.find()) {
            kb = Long.parseLong(used.group(1));
        }
        return kb / 1024;
    }

    /** The application's resident memory (VmRSS): what the machine gives it, heap and everything else. */
    public static long residentMb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                .findFirst()
                .orElse(-1L);
    }

    static String jcmd(long pid, String command) throws Exception {
        Process process = new ProcessBuilder("jcmd", Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void write(Path report, double engineRate, List<Run> runs) throws IOException {
        Run plain = runs.get(0);
        Run ticked = runs.get(1);
        Run plainAgain = runs.get(2);
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
        StringBuilder table = new StringBuilder();
        table.append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(machine)
                .append(", PostgreSQL on the same machine.\n\n")
                .append(
                        "| Run | Clients | Submissions | Failed | Submissions/s | p50 | p95 | p99 | Used heap after GC, before → after |"
                                + " Resident memory after | Submissions/s ÷ bare engine starts/s | Job backlog drained, after the last answer |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Run run : runs) {
            table.append(String.format(
                    "| %s | %d | %d | %d | %.1f | %d ms | %d ms | %d ms | %d → %d MB | %d MB | %.3f | %.0f s |%n",
                    run.name(),
                    run.clients(),
                    run.submissions(),
                    run.failures(),
                    run.rate(),
                    run.p50(),
                    run.p95(),
                    run.p99(),
                    run.heapBeforeMb(),
                    run.heapAfterMb(),
                    run.rssMb(),
                    run.rate() / engineRate,
                    run.drainSeconds()));
        }
        double plainP50 = (plain.p50() + plainAgain.p50()) / 2.0;
        double plainP99 = (plain.p99() + plainAgain.p99()) / 2.0;
        double plainRate = (plain.rate() + plainAgain.rate()) / 2;
        table.append(String.format(
                "%nBare engine, same run, same PostgreSQL: %.0f instances/s (start → user task, "
                        + "history full, 8 threads). Every box ticked ÷ one box per group (mean of the runs before and after it): "
                        + "p50 %.2f×, p99 %.2f×, rate %.2f×.%n",
                engineRate, ticked.p50() / plainP50, ticked.p99() / plainP99, ticked.rate() / plainRate));
        String marker = "<!-- submission results -->";
        String text = Files.exists(report) ? Files.readString(report) : marker + "\n";
        int at = text.indexOf(marker);
        String after = text.substring(at + marker.length());
        int end = after.indexOf("\n<!-- end -->");
        String rest = end < 0 ? "\n" : after.substring(end);
        Files.writeString(
                report, text.substring(0, at) + marker + "\n\n" + table + (end < 0 ? "\n<!-- end -->\n" : rest));
    }
}
