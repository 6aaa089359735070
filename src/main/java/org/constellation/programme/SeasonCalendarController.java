package org.constellation.programme;

import java.nio.charset.StandardCharsets;
import org.constellation.call.SeasonRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public iCalendar feed of a season: /programme/{season-slug}.ics */
@RestController
public class SeasonCalendarController {

  static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final SeasonRepository seasons;
  private final SeasonCalendar calendar;

  public SeasonCalendarController(SeasonRepository seasons, SeasonCalendar calendar) {
    this.seasons = seasons;
    this.calendar = calendar;
  }

  @GetMapping("/programme/{slug}.ics")
  ResponseEntity<String> feed(@PathVariable String slug) {
    return seasons.findBySlug(slug)
        .map(calendar::render)
        .map(feed -> ResponseEntity.ok().contentType(TEXT_CALENDAR).lastModified(feed.lastModified()).body(feed.text()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
