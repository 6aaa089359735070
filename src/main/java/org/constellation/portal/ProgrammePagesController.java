package org.constellation.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.constellation.programme.ProgrammeExports;
import org.constellation.programme.ProgrammeFilter;
import org.constellation.programme.ProgrammeReleases;
import org.constellation.programme.PublishedEntry;
import org.constellation.subsidy.SubsidyOpenData;
import org.constellation.workflow.ParisTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public agenda of a season's released programme: a list by month with filters (/programme/{season}), a month grid
 * (/programme/{season}/mois/2027-10, and /ce-mois-ci for the current month), the versions with their changelogs, and a
 * page per entry carrying schema.org Event JSON-LD for search engines and shared agendas.
 */
@Controller
class ProgrammePagesController {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** These pages run no script; the JSON-LD block is data, which a CSP does not execute. */
    private static final String POLICY = PortalSecurityConfiguration.CONTENT_SECURITY_POLICY;

    /** The choices of the filter form, from what the released programme holds. */
    record Choices(Map<String, String> themes, List<String> communes, Map<String, String> audiences) {}

    private final SeasonRepository seasons;
    private final ProgrammeReleases releases;
    private final ProgrammeExports exports;
    private final SubsidyOpenData subsidies;
    private final Clock clock;

    ProgrammePagesController(
            SeasonRepository seasons,
            ProgrammeReleases releases,
            ProgrammeExports exports,
            SubsidyOpenData subsidies,
            Clock clock) {
        this.seasons = seasons;
        this.releases = releases;
        this.exports = exports;
        this.subsidies = subsidies;
        this.clock = clock;
    }

    @GetMapping("/programme/{slug:[a-z0-9-]+}")
    String agenda(@PathVariable String slug, ProgrammeFilter filter, HttpServletResponse response, Model model) {
        model.addAttribute("months", AgendaMonth.byMonth(prepare(slug, filter, response, model)));
        return "portal/programme";
    }

    @GetMapping("/programme/{slug:[a-z0-9-]+}/mois/{month}")
    String month(
            @PathVariable String slug,
            @PathVariable String month,
            ProgrammeFilter filter,
            HttpServletResponse response,
            Model model) {
        YearMonth shown;
        try {
            shown = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return monthPage(slug, shown, filter, response, model);
    }

    @GetMapping("/programme/{slug:[a-z0-9-]+}/ce-mois-ci")
    String thisMonth(@PathVariable String slug, ProgrammeFilter filter, HttpServletResponse response, Model model) {
        return monthPage(slug, YearMonth.now(clock.withZone(ParisTime.ZONE)), filter, response, model);
    }

    @GetMapping("/programme/{slug:[a-z0-9-]+}/versions")
    String versions(@PathVariable String slug, HttpServletResponse response, Model model) {
        Season season = season(slug);
        response.setHeader("Content-Security-Policy", POLICY);
        model.addAttribute("season", season);
        model.addAttribute("versions", releases.versions(season.getId()));
        return "portal/programme-versions";
    }

    @GetMapping("/programme/{slug:[a-z0-9-]+}/{entry:[a-z0-9-]+}")
    String entry(@PathVariable String slug, @PathVariable String entry, HttpServletResponse response, Model model) {
        Season season = season(slug);
        PublishedEntry found = releases.releasedEntries(season.getId()).stream()
                .filter(candidate -> candidate.slug().equals(entry))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader("Content-Security-Policy", POLICY);
        model.addAttribute("season", season);
        model.addAttribute("entry", found);
        model.addAttribute("jsonLd", jsonLd(exports.schemaOrgEvent(season, found)));
        return "portal/programme-entry";
    }

    private String monthPage(
            String slug, YearMonth month, ProgrammeFilter filter, HttpServletResponse response, Model model) {
        model.addAttribute("month", month);
        model.addAttribute("agenda", AgendaMonth.of(month, prepare(slug, filter, response, model)));
        model.addAttribute("previous", month.minusMonths(1));
        model.addAttribute("next", month.plusMonths(1));
        return "portal/programme-month";
    }

    /** The season, its released entries narrowed by the filter, and the filter form's choices. */
    private List<PublishedEntry> prepare(
            String slug, ProgrammeFilter filter, HttpServletResponse response, Model model) {
        Season season = season(slug);
        response.setHeader("Content-Security-Policy", POLICY);
        List<PublishedEntry> all = releases.releasedEntries(season.getId());
        Map<String, String> themes = new TreeMap<>();
        Map<String, String> audiences = new LinkedHashMap<>();
        all.forEach(entry -> {
            entry.themes().forEach(theme -> themes.put(theme.code(), theme.label()));
            entry.audiences().forEach(audience -> audiences.put(audience.code(), audience.label()));
        });
        model.addAttribute("season", season);
        model.addAttribute("release", releases.latest(season.getId()).orElse(null));
        model.addAttribute("filter", filter);
        model.addAttribute(
                "choices",
                new Choices(
                        themes,
                        all.stream()
                                .map(PublishedEntry::commune)
                                .filter(Objects::nonNull)
                                .distinct()
                                .sorted()
                                .toList(),
                        audiences));
        model.addAttribute("query", query(filter));
        // A season whose calls fund projects publishes its awards: the header links the file.
        model.addAttribute("subsidies", subsidies.publishes(season));
        return filter.apply(all);
    }

    /** The filter as a query string, kept by the links between views and to the feeds. */
    private static String query(ProgrammeFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.theme() != null) {
            parts.add("theme=" + encode(filter.theme()));
        }
        if (filter.commune() != null) {
            parts.add("commune=" + encode(filter.commune()));
        }
        if (filter.audience() != null) {
            parts.add("audience=" + encode(filter.audience()));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * JSON escaped for a script element: "<", ">" and "&" become \\u escapes, which JSON reads back as the same
     * characters, so no text of the entry can close the element.
     */
    static String jsonLd(Map<String, Object> event) {
        try {
            return JSON.writeValueAsString(event)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Season season(String slug) {
        return seasons.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
