package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.constellation.report.BilanDocuments;
import org.constellation.report.BilanFigures;
import org.constellation.report.CommunesMap;
import org.constellation.report.SeasonBilan;
import org.constellation.workflow.ParisTime;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The season's bilan for coordinators (issue 31): the figures of a season's events held, or of one call's, in words and
 * tables with the map of the communes reached (report.SeasonBilan, report.BilanFigures, report.CommunesMap); the same
 * as a print-ready PDF, the events as open-data CSV, and the brochure of supported projects (report.BilanDocuments).
 * Without {@code saison}, the latest season begun.
 */
@Controller
class BilanController {

    private final SeasonRepository seasons;
    private final CallRepository calls;
    private final SeasonBilan bilan;
    private final BilanDocuments documents;
    private final MessageSource messages;
    private final Clock clock;

    BilanController(
            SeasonRepository seasons,
            CallRepository calls,
            SeasonBilan bilan,
            BilanDocuments documents,
            MessageSource messages,
            Clock clock) {
        this.seasons = seasons;
        this.calls = calls;
        this.bilan = bilan;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("pageLang")
    String pageLang(Locale locale) {
        return locale.getLanguage();
    }

    @GetMapping("/coordination/bilan")
    String page(
            @RequestParam(name = "saison", required = false) Long seasonId,
            @RequestParam(name = "appel", required = false) Long callId,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        List<Season> all = newestFirst();
        model.addAttribute("seasons", all);
        if (all.isEmpty()) {
            model.addAttribute("season", null);
            return "coordination/bilan";
        }
        Season season = season(all, seasonId, locale);
        List<Call> ofSeason = callsOf(season);
        Call call = call(ofSeason, season, callId, locale);
        BilanFigures figures = bilan.figures(new SeasonBilan.Scope(season.getId(), callId), locale);
        CommunesMap map = documents.map(figures, locale);
        model.addAttribute("season", season);
        model.addAttribute("calls", ofSeason);
        model.addAttribute("call", call);
        model.addAttribute("figures", figures);
        model.addAttribute("mapSvg", map.svg());
        model.addAttribute("mapSummary", map.summary());
        model.addAttribute("formats", BilanDocuments.FORMATS);
        return "coordination/bilan";
    }

    /** The events held as open data (one line per event, codes and ISO days: README « Reading the season's bilan »). */
    @GetMapping("/coordination/bilan.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(name = "saison", required = false) Long seasonId,
            @RequestParam(name = "appel", required = false) Long callId,
            HttpServletRequest request,
            Locale locale) {
        StaffSession.coordinator(request);
        Season season = season(newestFirst(), seasonId, locale);
        Call call = call(callsOf(season), season, callId, locale);
        String csv = documents.csv(new SeasonBilan.Scope(season.getId(), callId));
        return CaseExportController.download(
                csv.getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                fileName(season, call, "csv"));
    }

    /** The page's figures and map as a print-ready PDF, in the reader's language. */
    @GetMapping("/coordination/bilan.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(name = "saison", required = false) Long seasonId,
            @RequestParam(name = "appel", required = false) Long callId,
            HttpServletRequest request,
            Locale locale) {
        StaffSession.coordinator(request);
        Season season = season(newestFirst(), seasonId, locale);
        Call call = call(callsOf(season), season, callId, locale);
        BilanFigures figures = bilan.figures(new SeasonBilan.Scope(season.getId(), callId), locale);
        return CaseExportController.download(
                documents.pdf(season, call, figures, locale), MediaType.APPLICATION_PDF, fileName(season, call, "pdf"));
    }

    /** The brochure of the season's supported projects, one page each, A4 or A5 ({@code format}, A4 by default). */
    @GetMapping("/coordination/bilan/brochure.pdf")
    ResponseEntity<byte[]> brochure(
            @RequestParam(name = "saison", required = false) Long seasonId,
            @RequestParam(name = "format", defaultValue = "A4") String format,
            HttpServletRequest request,
            Locale locale) {
        StaffSession.coordinator(request);
        Season season = season(newestFirst(), seasonId, locale);
        String size = format.strip().toUpperCase(Locale.ROOT);
        if (!BilanDocuments.FORMATS.contains(size)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    messages.getMessage(
                            "bilan.brochure.unknownFormat", new Object[] {CoordinationErrors.shown(format)}, locale));
        }
        return CaseExportController.download(
                documents.brochure(season, size, locale),
                MediaType.APPLICATION_PDF,
                "brochure-" + season.getSlug() + "-" + size.toLowerCase(Locale.ROOT) + ".pdf");
    }

    private List<Season> newestFirst() {
        return seasons.findAll().stream()
                .sorted(Comparator.comparing(Season::getStartsOn).reversed())
                .toList();
    }

    /** The season asked for; without one, the latest begun (else the latest); refused in words when there is none. */
    private Season season(List<Season> newestFirst, Long seasonId, Locale locale) {
        if (seasonId != null) {
            return newestFirst.stream()
                    .filter(season -> season.getId().equals(seasonId))
                    .findFirst()
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND,
                            messages.getMessage("bilan.unknownSeason", new Object[] {seasonId.toString()}, locale)));
        }
        LocalDate today = ParisTime.of(OffsetDateTime.now(clock)).toLocalDate();
        return newestFirst.stream()
                .filter(season -> !season.getStartsOn().isAfter(today))
                .findFirst()
                .or(() -> newestFirst.stream().findFirst())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, messages.getMessage("bilan.noSeason", null, locale)));
    }

    private List<Call> callsOf(Season season) {
        return calls.findAll().stream()
                .filter(call -> call.getSeason().getId().equals(season.getId()))
                .sorted(Comparator.comparing(Call::getTitle))
                .toList();
    }

    /** The call asked for among the season's; none for the whole season; refused in words when not of the season. */
    private Call call(List<Call> ofSeason, Season season, Long callId, Locale locale) {
        if (callId == null) {
            return null;
        }
        return ofSeason.stream()
                .filter(call -> call.getId().equals(callId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        messages.getMessage(
                                "bilan.unknownCall", new Object[] {callId.toString(), season.getTitle()}, locale)));
    }

    private static String fileName(Season season, Call call, String extension) {
        return "bilan-" + season.getSlug() + (call == null ? "" : "-" + call.getSlug()) + "." + extension;
    }
}
