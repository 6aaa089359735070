package org.constellation.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An entry as a released version of the programme shows it, with everything the feeds need resolved (theme and audience
 * labels, commune, partners, the label it carries): releases keep it as JSON, so what a version said never changes
 * afterwards. Versions released before labels have none ({@code label} null).
 */
public record PublishedEntry(
        String uid,
        String slug,
        int sequence,
        ProgrammeEntryStatus status,
        String title,
        String shortDescription,
        String description,
        List<Timing> timings,
        String place,
        String streetAddress,
        String commune,
        String inseeCode,
        Double latitude,
        Double longitude,
        List<Label> themes,
        List<Label> audiences,
        Integer ageMin,
        Integer ageMax,
        List<String> accessibility,
        AttendanceMode attendanceMode,
        String onlineLink,
        List<String> registration,
        List<String> keywords,
        String umbrellaEvent,
        String organiser,
        List<String> partners,
        OffsetDateTime updatedAt,
        EventLabel label) {

    /** A code with its label in the call's language (French), which the pages translate when they can. */
    public record Label(String code, String label) {}

    /**
     * The label a labelling call granted the event (issue 31), by its name: « Made in Nouvelle-Aquitaine »;
     * {@code withdrawn} once a coordinator withdrew it, which the programme says.
     */
    public record EventLabel(String name, boolean withdrawn) {}

    /** The label's name while the event carries it; null when it has none or it was withdrawn. */
    public String carriedLabel() {
        return label == null || label.withdrawn() ? null : label.name();
    }

    public OffsetDateTime firstStart() {
        return timings.get(0).startsAt();
    }

    public OffsetDateTime lastEnd() {
        return timings.stream()
                .map(Timing::endsAt)
                .max(OffsetDateTime::compareTo)
                .orElseThrow();
    }

    /** The first day it takes place on, in Paris. */
    public LocalDate firstDay() {
        return timings.get(0).firstDay();
    }

    /** The last day it takes place on, in Paris. */
    public LocalDate lastDay() {
        return timings.stream()
                .map(Timing::lastDay)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** Whether it runs over more than one day: its card then gives the dates « du … au … ». */
    public boolean spansDays() {
        return lastDay().isAfter(firstDay());
    }

    /**
     * The months it takes place in, in order: each month a session or a run of days covers, so that an exhibition is in
     * every month it runs, and an event with sessions in October and December is not in November.
     */
    public List<YearMonth> months() {
        return timings.stream()
                .flatMap(timing -> Stream.iterate(
                        YearMonth.from(timing.firstDay()),
                        month -> !month.isAfter(YearMonth.from(timing.lastDay())),
                        month -> month.plusMonths(1)))
                .distinct()
                .sorted()
                .toList();
    }

    public boolean isCancelled() {
        return status == ProgrammeEntryStatus.CANCELLED;
    }

    public boolean hasTheme(String code) {
        return themes.stream().anyMatch(theme -> theme.code().equals(code));
    }

    public boolean hasAudience(String code) {
        return audiences.stream().anyMatch(audience -> audience.code().equals(code));
    }

    /** The registration an erased holder leaves: links only, no mail address or phone number. */
    public static List<String> publicRegistration(List<String> registration) {
        return registration == null
                ? List.of()
                : registration.stream()
                        .filter(value -> "link".equals(registrationType(value)))
                        .toList();
    }

    PublishedEntry withoutPersonalRegistration() {
        return new PublishedEntry(
                uid,
                slug,
                sequence,
                status,
                title,
                shortDescription,
                description,
                timings,
                place,
                streetAddress,
                commune,
                inseeCode,
                latitude,
                longitude,
                themes,
                audiences,
                ageMin,
                ageMax,
                accessibility,
                attendanceMode,
                onlineLink,
                publicRegistration(registration),
                keywords,
                umbrellaEvent,
                organiser,
                partners,
                updatedAt,
                label);
    }

    /** How to register by {@code value}, as OpenAgenda types it: "link", "email" or "phone". */
    public static String registrationType(String value) {
        if (value.startsWith("https://") || value.startsWith("http://")) {
            return "link";
        }
        return value.contains("@") ? "email" : "phone";
    }

    /** The place as one line: venue, street address, commune. */
    public String placeLine() {
        return line(place, streetAddress, commune);
    }

    /** The venue and its commune, as a card shows them. */
    public String placeAndCommune() {
        return line(place, commune);
    }

    /** The parts given, each once: a venue named after its commune ("Grenoble") does not read "Grenoble, Grenoble". */
    private static String line(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank() && kept.stream().noneMatch(part.strip()::equalsIgnoreCase)) {
                kept.add(part.strip());
            }
        }
        return String.join(", ", kept);
    }
}
