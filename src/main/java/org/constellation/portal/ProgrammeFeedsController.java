package org.constellation.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.constellation.programme.ProgrammeFeeds;
import org.constellation.programme.ProgrammeFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The season's released programme for machines, each filterable by ?theme=, ?commune= (name or INSEE code) and
 * ?audience= (audience code): iCalendar (.ics), JSON (.json), OpenAgenda-shaped JSON (.openagenda.json) and the print
 * programme (.csv). Every answer carries an ETag and Last-Modified, so that calendar clients poll cheaply.
 */
@RestController
class ProgrammeFeedsController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ProgrammeFeeds feeds;

    ProgrammeFeedsController(ProgrammeFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/programme/{slug:[a-z0-9-]+}.ics")
    ResponseEntity<String> icalendar(@PathVariable String slug, ProgrammeFilter filter, WebRequest request) {
        return answer(slug, ProgrammeFeeds.Feed.ICS, filter, request, TEXT_CALENDAR, null);
    }

    /** The released version with every field of every entry, and where each entry's page is. */
    @GetMapping("/programme/{slug:[a-z0-9-]+}.json")
    ResponseEntity<String> jsonFeed(@PathVariable String slug, ProgrammeFilter filter, WebRequest request) {
        return answer(slug, ProgrammeFeeds.Feed.JSON, filter, request, MediaType.APPLICATION_JSON, null);
    }

    @GetMapping("/programme/{slug:[a-z0-9-]+}.openagenda.json")
    ResponseEntity<String> openAgenda(@PathVariable String slug, ProgrammeFilter filter, WebRequest request) {
        return answer(slug, ProgrammeFeeds.Feed.OPEN_AGENDA, filter, request, MediaType.APPLICATION_JSON, null);
    }

    @GetMapping("/programme/{slug:[a-z0-9-]+}.csv")
    ResponseEntity<String> printProgramme(@PathVariable String slug, ProgrammeFilter filter, WebRequest request) {
        return answer(slug, ProgrammeFeeds.Feed.CSV, filter, request, TEXT_CSV, "programme-" + slug + ".csv");
    }

    /** The feed of the season's released programme; {@code attachment}, when given, is the file name to save it as. */
    private ResponseEntity<String> answer(
            String slug,
            ProgrammeFeeds.Feed feed,
            ProgrammeFilter filter,
            WebRequest request,
            MediaType type,
            String attachment) {
        ProgrammeFeeds.Answer answer = feeds.answer(slug, feed, filter).orElse(null);
        if (answer == null) {
            return ResponseEntity.notFound().build();
        }
        return served(answer.body(), answer.etag(), answer.lastModified(), request, type, attachment);
    }

    /**
     * A file written once and served from memory: 304 to a client that has it (its ETag or its date), else the file
     * with both; {@code attachment}, when given, is the file name to save it as.
     */
    static ResponseEntity<String> served(
            String body, String etag, Instant lastModified, WebRequest request, MediaType type, String attachment) {
        if (request.checkNotModified(etag, lastModified.toEpochMilli())) {
            return null;
        }
        ResponseEntity.BodyBuilder ok =
                ResponseEntity.ok().contentType(type).eTag(etag).lastModified(lastModified);
        if (attachment != null) {
            ok.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + attachment + "\"");
        }
        return ok.body(body);
    }
}
