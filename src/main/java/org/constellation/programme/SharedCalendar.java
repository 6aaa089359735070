package org.constellation.programme;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a season's shared CalDAV calendar in step with its released programme. Each release starts the shared-calendar
 * process, whose job ("Mettre à jour le calendrier partagé", {@link PushToSharedCalendarDelegate}) writes every entry
 * the calendar does not hold as released, one resource per entry ({slug}.ics) with PUT: creation, change and
 * cancellation alike, so a retried job only writes again what it already wrote.
 */
@Component
public class SharedCalendar {

    public static final String PROCESS = "shared-calendar";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SharedCalendarProperties properties;
    private final SeasonRepository seasons;
    private final ProgrammeReleases releases;
    private final SeasonCalendar calendar;
    private final SharedCalendarEventRepository held;
    private final RuntimeService runtime;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public SharedCalendar(
            SharedCalendarProperties properties,
            SeasonRepository seasons,
            ProgrammeReleases releases,
            SeasonCalendar calendar,
            SharedCalendarEventRepository held,
            RuntimeService runtime,
            Clock clock) {
        this.properties = properties;
        this.seasons = seasons;
        this.releases = releases;
        this.calendar = calendar;
        this.held = held;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** In the release's transaction: no release, no push; a season without a shared calendar has nothing to do. */
    @EventListener
    void onRelease(ProgrammeReleases.Released released) {
        Season season = seasons.findById(released.seasonId()).orElseThrow();
        if (properties.of(season.getSlug()).isPresent()) {
            runtime.startProcessInstanceByKey(
                    PROCESS,
                    season.getSlug() + ":" + released.version(),
                    Map.of(PushToSharedCalendarDelegate.SEASON_ID, season.getId()));
        }
    }

    /** Writes what changed since the calendar's last update; returns how many entries were written. */
    public int push(Long seasonId) {
        Season season = seasons.findById(seasonId).orElseThrow();
        SharedCalendarProperties.Target target = properties
                .of(season.getSlug())
                .orElseThrow(() ->
                        new IllegalStateException("No shared calendar is configured for season " + season.getSlug()));
        Map<String, SharedCalendarEvent> holding = held.findByKeySeasonId(seasonId).stream()
                .collect(Collectors.toMap(event -> event.getKey().uid(), Function.identity()));
        int written = 0;
        for (PublishedEntry entry : releases.releasedEntries(seasonId)) {
            SharedCalendarEvent event = holding.get(entry.uid());
            if (event != null && event.holds(entry)) {
                continue;
            }
            put(target, entry.slug() + ".ics", calendar.write(season, List.of(entry)));
            if (event == null) {
                event = new SharedCalendarEvent(new SharedCalendarEvent.Key(seasonId, entry.uid()));
            }
            event.pushed(entry, OffsetDateTime.now(clock));
            held.save(event);
            written++;
        }
        return written;
    }

    /** How many entries of the season the shared calendar holds as released, for the coordinators' page. */
    public Map<String, SharedCalendarEvent> held(Long seasonId) {
        return held.findByKeySeasonId(seasonId).stream()
                .collect(Collectors.toMap(event -> event.getKey().uid(), Function.identity()));
    }

    public boolean isConfigured(Season season) {
        return properties.of(season.getSlug()).isPresent();
    }

    /** Once more on a fresh connection when a pooled one turns out closed by the server (Radicale closes them). */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            return HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private void put(SharedCalendarProperties.Target target, String resource, String body) {
        URI uri = target.url().resolve(resource);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "text/calendar; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (target.username() != null) {
            String credentials = target.username() + ":" + (target.password() == null ? "" : target.password());
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response;
        try {
            response = send(request.build());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The shared calendar " + target.url() + " is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to the shared calendar", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The shared calendar answered " + response.statusCode() + " to PUT " + uri
                    + (response.body().isBlank() ? "" : ": " + response.body().strip()));
        }
    }
}
