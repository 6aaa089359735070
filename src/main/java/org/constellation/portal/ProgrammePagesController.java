package org.constellation.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.constellation.programme.ProgrammeEntry;
import org.constellation.programme.ProgrammeEntryRepository;
import org.constellation.programme.ProgrammeEntryStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public agenda of a season: its published entries month by month (/programme/{season}), and a page per entry
 * (/programme/{season}/{entry}) carrying schema.org Event JSON-LD for search engines and shared agendas.
 */
@Controller
class ProgrammePagesController {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** These pages run no script; the JSON-LD block is data, which a CSP does not execute. */
  private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'";

  private final SeasonRepository seasons;
  private final ProgrammeEntryRepository entries;
  private final URI publicBaseUrl;

  ProgrammePagesController(SeasonRepository seasons, ProgrammeEntryRepository entries,
      @Value("${constellation.public-base-url}") URI publicBaseUrl) {
    this.seasons = seasons;
    this.entries = entries;
    this.publicBaseUrl = publicBaseUrl;
  }

  @GetMapping("/programme/{slug:[a-z0-9-]+}")
  String agenda(@PathVariable String slug, HttpServletResponse response, Model model) {
    Season season = season(slug);
    response.setHeader("Content-Security-Policy", POLICY);
    Map<YearMonth, List<ProgrammeEntry>> byMonth = entries
        .findBySeasonIdAndPublishedAtNotNullOrderByStartsAt(season.getId()).stream()
        .collect(Collectors.groupingBy(entry -> YearMonth.from(entry.getStartsAt().atZoneSameInstant(PARIS)),
            LinkedHashMap::new, Collectors.toList()));
    model.addAttribute("season", season);
    model.addAttribute("months", byMonth);
    return "portal/programme";
  }

  @GetMapping("/programme/{slug:[a-z0-9-]+}/{entry:[a-z0-9-]+}")
  String entry(@PathVariable String slug, @PathVariable String entry, HttpServletResponse response, Model model) {
    Season season = season(slug);
    // The page's address is the local part of the entry's UID, whose domain is the public host.
    ProgrammeEntry found = entries.findBySeasonIdAndUidAndPublishedAtNotNull(season.getId(),
        entry + "@" + publicBaseUrl.getHost()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    response.setHeader("Content-Security-Policy", POLICY);
    model.addAttribute("season", season);
    model.addAttribute("entry", found);
    model.addAttribute("jsonLd", jsonLd(season, found));
    return "portal/programme-entry";
  }

  /**
   * schema.org Event, escaped for a script element: "<", ">" and "&" become \\u escapes, which JSON reads back as
   * the same characters, so no text of the entry can close the element.
   */
  String jsonLd(Season season, ProgrammeEntry entry) {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("@type", "PostalAddress");
    address.put("streetAddress", entry.getPlace());
    if (entry.getCommune() != null) {
      address.put("addressLocality", entry.getCommune());
    }
    address.put("addressCountry", "FR");
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("@context", "https://schema.org");
    event.put("@type", "Event");
    event.put("name", entry.getTitle());
    event.put("description", entry.getDescription());
    event.put("startDate", entry.getStartsAt().atZoneSameInstant(PARIS).toOffsetDateTime().toString());
    event.put("endDate", entry.getEndsAt().atZoneSameInstant(PARIS).toOffsetDateTime().toString());
    event.put("eventStatus", entry.getStatus() == ProgrammeEntryStatus.CANCELLED
        ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
    event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
    event.put("location", Map.of("@type", "Place", "name", entry.getPlace(), "address", address));
    event.put("url", publicBaseUrl.resolve("/programme/" + season.getSlug() + "/" + entry.getSlug()).toString());
    try {
      return JSON.writeValueAsString(event).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Season season(String slug) {
    return seasons.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
