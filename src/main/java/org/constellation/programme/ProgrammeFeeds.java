package org.constellation.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.DigestUtils;

/**
 * The season's released programme written for machines (iCalendar, JSON, OpenAgenda JSON, print CSV), each answer
 * written once per release, season title and filter, then served from memory with its ETag: a calendar client polling
 * 5,000 entries, or revalidating them, costs a lookup instead of a rendering (issue 17). A release writes the season's
 * unfiltered .ics and .json at once, after its commit, so that the first reader after it does not wait either.
 */
@Service
public class ProgrammeFeeds {

    /** What a feed answers: its body, its ETag (a hash of the body) and when the release behind it was made. */
    public record Answer(String body, String etag, Instant lastModified) {}

    public enum Feed {
        ICS,
        JSON,
        OPEN_AGENDA,
        CSV
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeFeeds.class);
    /** A season's .ics of 5,000 entries is about 4 MB of text; the cache keeps what fits in 64 MB of characters. */
    private static final long CACHED_CHARACTERS = 64L * 1024 * 1024;

    private final SeasonRepository seasons;
    private final ProgrammeReleases releases;
    private final SeasonCalendar calendar;
    private final ProgrammeExports exports;
    private final ObjectMapper json;
    private final Cache<String, Answer> answers = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARACTERS)
            .weigher((String key, Answer answer) -> answer.body().length())
            .build();
    private final ExecutorService warming = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "programme-feeds-warming");
        thread.setDaemon(true);
        return thread;
    });

    public ProgrammeFeeds(
            SeasonRepository seasons,
            ProgrammeReleases releases,
            SeasonCalendar calendar,
            ProgrammeExports exports,
            ObjectMapper json) {
        this.seasons = seasons;
        this.releases = releases;
        this.calendar = calendar;
        this.exports = exports;
        this.json = json;
    }

    /** The feed of the season's latest release, through the filter; empty for an unknown season. */
    public Optional<Answer> answer(String slug, Feed feed, ProgrammeFilter filter) {
        return seasons.findBySlug(slug).map(season -> answer(season, feed, filter));
    }

    private Answer answer(Season season, Feed feed, ProgrammeFilter filter) {
        Optional<ProgrammeReleases.Release> release = releases.latest(season.getId());
        String key = release.map(r -> r.id().toString()).orElse("none") + "|" + season.getTitle() + "|" + feed + "|"
                + filter;
        return answers.get(key, unused -> {
            String body = body(
                    feed,
                    season,
                    release,
                    filter.apply(release.map(ProgrammeReleases.Release::entries).orElse(List.of())));
            return new Answer(
                    body,
                    "\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"",
                    release.map(r -> r.releasedAt().toInstant()).orElse(Instant.EPOCH));
        });
    }

    /** An amended version (an erased holder's contact) is written again from the database. */
    @TransactionalEventListener
    void forget(ProgrammeReleases.Amended amended) {
        answers.invalidateAll();
    }

    /** After a release's commit: its season's unfiltered calendar and JSON, written for the first reader. */
    @TransactionalEventListener
    void warm(ProgrammeReleases.Released released) {
        warming.submit(() -> seasons.findById(released.seasonId()).ifPresent(season -> {
            try {
                List.of(Feed.ICS, Feed.JSON)
                        .forEach(feed -> answer(season, feed, new ProgrammeFilter(null, null, null)));
            } catch (RuntimeException e) {
                // A reader will write it then; the release itself stands.
                LOG.warn("Could not write the feeds of season {} in advance: {}", season.getSlug(), e.toString());
            }
        }));
    }

    private String body(
            Feed feed, Season season, Optional<ProgrammeReleases.Release> release, List<PublishedEntry> entries) {
        return switch (feed) {
            case ICS -> calendar.write(season, entries);
            case JSON -> jsonFeed(season, release, entries);
            case OPEN_AGENDA ->
                write(Map.of(
                        "events",
                        entries.stream()
                                .map(entry -> exports.openAgendaEvent(season, entry))
                                .toList()));
            case CSV -> exports.csv(entries);
        };
    }

    private String jsonFeed(Season season, Optional<ProgrammeReleases.Release> release, List<PublishedEntry> entries) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("season", Map.of("slug", season.getSlug(), "title", season.getTitle()));
        release.ifPresent(r -> {
            feed.put("version", r.version());
            feed.put("releasedAt", r.releasedAt().toString());
        });
        feed.put(
                "entries",
                entries.stream()
                        .map(entry -> Map.of("url", exports.pageUrl(season, entry), "entry", entry))
                        .toList());
        return write(feed);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
