package org.constellation.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The season feed against the tools people import it with: Radicale (Debian's package, a CalDAV server that .ci/run
 * starts) and Python's icalendar (Debian's python3-icalendar). A season with a shared calendar has it follow each
 * release: creation, then cancellation. Under CI a missing tool fails the run; elsewhere the test says what to install.
 */
public class SharedCalendarIT extends PostgresIntegrationTest {

    public static final String SEASON = "saison-partagee";
    public static final String USER = "constellation";
    static final String RADICALE = "http://127.0.0.1:5232";
    /** A new calendar for each run, since Radicale keeps its calendars between runs on a developer's machine. */
    public static final String COLLECTION = RADICALE + "/" + USER + "/it-" + UUID.randomUUID() + "/";

    private static final String PYTHON = "/usr/bin/python3";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void tools() {
        String missing = null;
        try {
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(RADICALE + "/.web/")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            missing = "Radicale on " + RADICALE;
        }
        if (missing == null && run(PYTHON, "-c", "import icalendar").exitCode != 0) {
            missing = "python3-icalendar for " + PYTHON;
        }
        if (missing != null) {
            if (System.getenv("CI") != null) {
                fail(missing + " is missing: .ci/run installs and starts it");
            }
            Assumptions.abort(
                    missing + " is missing: apt-get install radicale python3-icalendar, then start Radicale as "
                            + ".ci/run does");
        }
    }

    @Test
    void theSharedCalendarFollowsEachReleaseAndTheFeedReadsInRadicaleAndPython() throws Exception {
        assertThat(caldav("MKCALENDAR", COLLECTION, null).statusCode()).isEqualTo(201);
        Call call = openCall(SEASON, c -> {});
        OffsetDateTime start = OffsetDateTime.parse("2027-10-12T20:00:00+02:00");
        Long proposalId = programmeEntry(
                call,
                "Nuit des étoiles à la Bastille",
                List.of(
                        new Timing(start, start.plusHours(3)),
                        new Timing(start.plusDays(1), start.plusDays(1).plusHours(2))));
        String slug = entrySlug(proposalId);
        // An exhibition without hours: all-day dates, which Radicale and Python read as dates.
        String exhibition = entrySlug(programmeEntry(
                call,
                "Météorites, pierres tombées du ciel",
                List.of(Timing.days(LocalDate.of(2027, 10, 3), LocalDate.of(2028, 1, 16)))));

        programmeReleases.release(call.getSeason().getId(), "coordinatorit", "Première version");
        runJobs();
        String created = caldav("GET", COLLECTION + slug + ".ics", null).body();
        assertThat(created)
                .contains(
                        "UID:" + slug + "@constellation.example.org",
                        "SEQUENCE:0",
                        "STATUS:CONFIRMED",
                        "DTSTART;TZID=Europe/Paris:20271012T200000");
        assertThat(caldav("GET", COLLECTION + exhibition + ".ics", null).body())
                .contains(
                        "UID:" + exhibition + "@constellation.example.org",
                        "DTSTART;VALUE=DATE:20271003",
                        "DTEND;VALUE=DATE:20280117");

        programmeEntries.cancel(proposalId);
        programmeReleases.release(call.getSeason().getId(), "coordinatorit", "Annulation");
        runJobs();
        String cancelled = caldav("GET", COLLECTION + slug + ".ics", null).body();
        assertThat(cancelled).contains("UID:" + slug + "@constellation.example.org", "SEQUENCE:1", "STATUS:CANCELLED");

        // The season feed as a calendar client subscribes to it: Python's icalendar reads it, Radicale imports it
        // whole.
        String feed = http.getForObject("/programme/" + SEASON + ".ics", String.class);
        Path file = Files.createTempFile("saison", ".ics");
        Files.writeString(file, feed, StandardCharsets.UTF_8);
        Result python = run(PYTHON, "-c", """
        import sys, icalendar
        calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        assert calendar.walk('VTIMEZONE')[0]['TZID'] == 'Europe/Paris'
        events = calendar.walk('VEVENT')
        print(len(events))
        for event in events:
            start = event['DTSTART'].dt
            print(event['UID'], event['STATUS'], event['SEQUENCE'], type(start).__name__, start, event['DTEND'].dt,
                  getattr(start, 'tzinfo', None))
        """, file.toString());
        assertThat(python.exitCode).as(python.output).isZero();
        assertThat(python.output)
                .as("the first session and the second, which lasts another time, and the exhibition")
                .startsWith("3\n")
                .contains(
                        slug
                                + "@constellation.example.org CANCELLED 1 datetime 2027-10-12 20:00:00+02:00 2027-10-12 23:00:00+02:00 "
                                + "Europe/Paris",
                        exhibition + "@constellation.example.org CONFIRMED 0 date 2027-10-03 2028-01-17 None");
        String imported = RADICALE + "/" + USER + "/import-" + UUID.randomUUID() + "/";
        assertThat(caldav("MKCALENDAR", imported, null).statusCode()).isEqualTo(201);
        assertThat(caldav("PUT", imported, feed).statusCode())
                .as("Radicale imports the whole feed")
                .isBetween(200, 204);
        assertThat(caldav("GET", imported, null).body())
                .contains("UID:" + slug + "@constellation.example.org", "STATUS:CANCELLED", "BEGIN:VTIMEZONE");
    }

    private String entrySlug(Long proposalId) {
        return programmeEntries.current(proposalId).slug();
    }

    private static HttpResponse<String> caldav(String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((USER + ":secret").getBytes(StandardCharsets.UTF_8)))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "text/calendar; charset=utf-8");
        }
        // A client per request: Radicale closes connections that Java's client would otherwise reuse.
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    record Result(int exitCode, String output) {}

    static Result run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
