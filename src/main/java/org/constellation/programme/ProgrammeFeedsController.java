package org.constellation.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
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
public class ProgrammeFeedsController {

  static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final SeasonRepository seasons;
  private final ProgrammeReleases releases;
  private final SeasonCalendar calendar;
  private final ProgrammeExports exports;
  private final ObjectMapper json;

  public ProgrammeFeedsController(SeasonRepository seasons, ProgrammeReleases releases, SeasonCalendar calendar,
      ProgrammeExports exports, ObjectMapper json) {
    this.seasons = seasons;
    this.releases = releases;
    this.calendar = calendar;
    this.exports = exports;
    this.json = json;
  }

  @GetMapping("/programme/{slug:[a-z0-9-]+}.ics")
  ResponseEntity<String> icalendar(@PathVariable String slug, ProgrammeFilter filter, WebRequest request) {
    return answer(slug, filter, request, TEXT_CALENDAR, null, (season, entries) -> calendar.write(season, entries));
  }

  /** The released version with every field of every entry, and where each entry's page is. */
  @GetMapping("/programme/{slug:[a-z0-9-]+}.json")
  ResponseEntity<String> jsonFeed(@PathVariable String slug, ProgrammeFilter filter, WebRequest request) {
    return answer(slug, filter, request, MediaType.APPLICATION_JSON, null, (season, entries) -> {
      Map<String, Object> feed = new LinkedHashMap<>();
      feed.put("season", Map.of("slug", season.getSlug(), "title", season.getTitle()));
      releases.latest(season.getId()).ifPresent(release -> {
        feed.put("version", release.version());
        feed.put("releasedAt", release.releasedAt().toString());
      });
      feed.put("entries", entries.stream().map(entry -> Map.of("url", exports.pageUrl(season, entry),
          "entry", entry)).toList());
      return write(feed);
    });
  }

  @GetMapping("/programme/{slug:[a-z0-9-]+}.openagenda.json")
  ResponseEntity<String> openAgenda(@PathVariable String slug, ProgrammeFilter filter, WebRequest request) {
    return answer(slug, filter, request, MediaType.APPLICATION_JSON, null, (season, entries) -> write(Map.of(
        "events", entries.stream().map(entry -> exports.openAgendaEvent(season, entry)).toList())));
  }

  @GetMapping("/programme/{slug:[a-z0-9-]+}.csv")
  ResponseEntity<String> printProgramme(@PathVariable String slug, ProgrammeFilter filter, WebRequest request) {
    return answer(slug, filter, request, TEXT_CSV, "programme-" + slug + ".csv",
        (season, entries) -> exports.csv(entries));
  }

  private interface Writer {
    String write(Season season, List<PublishedEntry> entries);
  }

  /** The feed of the season's released programme; {@code attachment}, when given, is the file name to save it as. */
  private ResponseEntity<String> answer(String slug, ProgrammeFilter filter, WebRequest request, MediaType type,
      String attachment, Writer writer) {
    Season season = seasons.findBySlug(slug).orElse(null);
    if (season == null) {
      return ResponseEntity.notFound().build();
    }
    Instant lastModified = releases.latest(season.getId()).map(release -> release.releasedAt().toInstant())
        .orElse(Instant.EPOCH);
    String body = writer.write(season, filter.apply(releases.releasedEntries(season.getId())));
    String etag = "\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"";
    if (request.checkNotModified(etag, lastModified.toEpochMilli())) {
      return null;
    }
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(type).eTag(etag).lastModified(lastModified);
    if (attachment != null) {
      ok.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + attachment + "\"");
    }
    return ok.body(body);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
