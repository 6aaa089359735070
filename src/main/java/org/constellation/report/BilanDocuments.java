package org.constellation.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.constellation.call.Call;
import org.constellation.call.Season;
import org.constellation.programme.Timing;
import org.constellation.workflow.CsvTable;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.PdfDocuments;
import org.constellation.workflow.WrittenDates;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The season's bilan in the shapes people take away: the map of the communes reached ({@link CommunesMap}), the events
 * held as open data (CSV through {@link CsvTable}), the bilan as a print-ready PDF (templates/pdf/season-bilan.html,
 * with the page's own figures fragment) and the brochure of supported projects (templates/pdf/brochure.html, one page
 * per project, A4 or A5), both tagged PDF/UA through {@link PdfDocuments}.
 */
@Component
public class BilanDocuments {

    /** The open-data file's columns, documented in the README (« Reading the season's bilan »). */
    public static final List<String> CSV_COLUMNS = List.of(
            "saison",
            "appel",
            "reference",
            "titre",
            "porteur",
            "commune_insee",
            "commune",
            "premiere_seance",
            "derniere_seance",
            "seances",
            "participants",
            "scolaires",
            "classes",
            "publics",
            "themes",
            "label",
            "label_retire",
            "obligations",
            "obligations_remplies");

    /** The brochure's page sizes, as CSS's {@code @page} names them. */
    public static final List<String> FORMATS = List.of("A4", "A5");

    /** The photos a PDF embeds: those openhtmltopdf reads (through ImageIO). */
    private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/gif");

    /** A project of the brochure, every word and date already written for the reader. */
    public record BrochurePage(
            String title,
            String holder,
            String summary,
            List<String> sessions,
            String place,
            List<String> partners,
            String photo) {}

    private final SeasonBilan bilan;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final Clock clock;

    public BilanDocuments(SeasonBilan bilan, PdfDocuments pdf, MessageSource messages, Clock clock) {
        this.bilan = bilan;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    /** The communes reached whose centre is known, each titled with its name, events and attendance. */
    public CommunesMap map(BilanFigures figures, Locale locale) {
        List<CommunesMap.Dot> dots = figures.locatedCommunes().stream()
                .map(place -> new CommunesMap.Dot(
                        place.line().label(),
                        place.latitude(),
                        place.longitude(),
                        place.line().attendance(),
                        messages.getMessage(
                                "bilan.map.dot",
                                new Object[] {
                                    place.line().label(),
                                    WrittenNumbers.of(place.line().events()),
                                    WrittenNumbers.of(place.line().attendance())
                                },
                                locale)))
                .toList();
        String summary = messages.getMessage(
                "bilan.map.summary",
                new Object[] {WrittenNumbers.of(figures.communes().size()), WrittenNumbers.of(dots.size())},
                locale);
        return new CommunesMap(dots, summary);
    }

    /**
     * The events held as open data: one line per event, codes rather than words (publics and themes, comma-separated),
     * days in ISO format, the report's figures left empty when the event gave no report; the label's name and whether
     * it was withdrawn ({@code true} or {@code false}) left empty when the event has no label.
     */
    public String csv(SeasonBilan.Scope scope) {
        return CsvTable.write(
                CSV_COLUMNS,
                bilan.events(scope).stream()
                        .map(event -> Arrays.<Object>asList(
                                event.season(),
                                event.call(),
                                event.reference(),
                                event.title(),
                                event.holder(),
                                event.inseeCode(),
                                event.commune(),
                                event.span().firstDay(),
                                event.span().lastDay(),
                                event.sessions(),
                                event.reported() ? event.attendance() : null,
                                event.reported() ? event.pupils() : null,
                                event.reported() ? event.classes() : null,
                                String.join(",", event.publics()),
                                String.join(",", event.themes()),
                                event.label(),
                                event.label() == null ? null : event.labelWithdrawn(),
                                event.obligations(),
                                event.obligationsMet()))
                        .toList());
    }

    /** The bilan's figures and map as a PDF: the season, the call when it counts one, the day it was drawn up. */
    public byte[] pdf(Season season, Call call, BilanFigures figures, Locale locale) {
        CommunesMap map = map(figures, locale);
        Map<String, Object> model = new HashMap<>();
        model.put("season", season);
        model.put("call", call);
        model.put("figures", figures);
        model.put("mapImage", "data:image/png;base64," + Base64.getEncoder().encodeToString(map.png()));
        model.put("mapSummary", map.summary());
        model.put("drawnUp", WrittenDates.day(today(), locale));
        return pdf.render("season-bilan", model, locale);
    }

    /** The brochure of the season's supported projects, one page each, in {@code format} (one of {@link #FORMATS}). */
    public byte[] brochure(Season season, String format, Locale locale) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("No page size " + format);
        }
        List<BrochurePage> pages = bilan.supportedProjects(season.getId()).stream()
                .map(project -> new BrochurePage(
                        project.title(),
                        project.holder(),
                        project.summary(),
                        project.timings().stream()
                                .map(timing -> when(timing, locale))
                                .toList(),
                        String.join(
                                ", ",
                                Stream.of(project.place(), project.commune())
                                        .filter(part -> part != null && !part.isBlank())
                                        .toList()),
                        project.partners(),
                        photo(project)))
                .toList();
        return pdf.render("brochure", Map.of("season", season, "pages", pages, "format", format), locale);
    }

    /**
     * A session in words, as the public agenda writes it: a day, or from a day to another, for days without hours; a
     * day with its hours, or from a moment to another, for a session with hours.
     */
    private String when(Timing timing, Locale locale) {
        if (!timing.hasHours()) {
            return timing.firstDay().equals(timing.lastDay())
                    ? WrittenDates.day(timing.firstDay(), locale)
                    : messages.getMessage(
                            "programme.dateRange",
                            new Object[] {
                                WrittenDates.day(timing.firstDay(), locale), WrittenDates.day(timing.lastDay(), locale)
                            },
                            locale);
        }
        if (timing.firstDay().equals(timing.lastDay())) {
            return messages.getMessage(
                    "bilan.brochure.hours",
                    new Object[] {
                        WrittenDates.day(timing.firstDay(), locale),
                        WrittenDates.HOUR.format(ParisTime.of(timing.startsAt())),
                        WrittenDates.HOUR.format(ParisTime.of(timing.endsAt()))
                    },
                    locale);
        }
        return messages.getMessage(
                "portal.tracking.entryWhen",
                new Object[] {
                    WrittenDates.moment(ParisTime.of(timing.startsAt()).toLocalDateTime(), locale),
                    WrittenDates.moment(ParisTime.of(timing.endsAt()).toLocalDateTime(), locale)
                },
                locale);
    }

    /** The report's first photo as a data: URI the PDF embeds; none when there is none, or of a type it cannot draw. */
    private static String photo(SeasonBilan.SupportedProject project) {
        String type =
                project.photoType() == null ? "" : project.photoType().strip().toLowerCase(Locale.ROOT);
        return project.photo() == null || !PHOTO_TYPES.contains(type)
                ? null
                : "data:" + type + ";base64," + Base64.getEncoder().encodeToString(project.photo());
    }

    private LocalDate today() {
        return ParisTime.of(OffsetDateTime.now(clock)).toLocalDate();
    }
}
