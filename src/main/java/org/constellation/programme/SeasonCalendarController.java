package org.constellation.programme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
 * The season's machine-readable programme: the iCalendar feed (/programme/{season-slug}.ics), which calendar clients
 * poll cheaply with ETag and Last-Modified, and the CSV of the print programme (/programme/{season-slug}.csv).
 */
@RestController
public class SeasonCalendarController {

  static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  /** Excel opens a UTF-8 file with its accents only when it starts with a byte order mark. */
  static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final SeasonRepository seasons;
  private final SeasonCalendar calendar;
  private final ProgrammeEntryRepository entries;

  public SeasonCalendarController(SeasonRepository seasons, SeasonCalendar calendar, ProgrammeEntryRepository entries) {
    this.seasons = seasons;
    this.calendar = calendar;
    this.entries = entries;
  }

  @GetMapping("/programme/{slug}.ics")
  ResponseEntity<String> feed(@PathVariable String slug, WebRequest request) {
    Season season = seasons.findBySlug(slug).orElse(null);
    if (season == null) {
      return ResponseEntity.notFound().build();
    }
    SeasonCalendar.Feed feed = calendar.render(season);
    String etag = "\"" + DigestUtils.md5DigestAsHex(feed.text().getBytes(StandardCharsets.UTF_8)) + "\"";
    if (request.checkNotModified(etag, feed.lastModified().toEpochMilli())) {
      return null;
    }
    return ResponseEntity.ok().contentType(TEXT_CALENDAR).eTag(etag).lastModified(feed.lastModified())
        .body(feed.text());
  }

  /** One line per published entry, in date order, separated by semicolons as French spreadsheets expect. */
  @GetMapping("/programme/{slug}.csv")
  ResponseEntity<String> printProgramme(@PathVariable String slug) {
    Season season = seasons.findBySlug(slug).orElse(null);
    if (season == null) {
      return ResponseEntity.notFound().build();
    }
    List<ProgrammeEntry> published = entries.findBySeasonIdAndPublishedAtNotNullOrderByStartsAt(season.getId());
    StringWriter out = new StringWriter();
    out.write(BYTE_ORDER_MARK);
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';')
        .setHeader("Titre", "Début", "Fin", "Lieu", "Commune", "Description", "Partenaires", "Statut", "Identifiant")
        .get())) {
      for (ProgrammeEntry entry : published) {
        csv.printRecord(entry.getTitle(), DAY_TIME.format(entry.getStartsAt().atZoneSameInstant(PARIS)),
            DAY_TIME.format(entry.getEndsAt().atZoneSameInstant(PARIS)), entry.getPlace(), entry.getCommune(),
            entry.getDescription(), entry.getPartners(),
            entry.getStatus() == ProgrammeEntryStatus.CANCELLED ? "annulé" : "programmé", entry.getUid());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok().contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"programme-" + slug + ".csv\"")
        .body(out.toString());
  }
}
