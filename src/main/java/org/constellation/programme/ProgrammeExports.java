package org.constellation.programme;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.call.Season;
import org.constellation.workflow.CsvTable;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.PublicLinks;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The released programme in the shapes others read: schema.org Event (entry pages, search engines), an
 * OpenAgenda-shaped event (their field names and codes, our UID as external id, so that a connector can upsert), the
 * JSON feed and the CSV of the print programme. Times are Europe/Paris with their offset.
 */
@Component
public class ProgrammeExports {

    /** The key of our id among an OpenAgenda event's {@code extIds}. */
    public static final String EXTERNAL_ID_KEY = "constellation";

    private final PublicLinks links;
    private final MessageSource messages;

    public ProgrammeExports(PublicLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    public String pageUrl(Season season, PublishedEntry entry) {
        return links.programmeEntry(season.getSlug(), entry.slug()).toString();
    }

    /** schema.org Event with the fields search engines and shared agendas read. */
    public Map<String, Object> schemaOrgEvent(Season season, PublishedEntry entry) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("@id", pageUrl(season, entry));
        event.put("name", entry.title());
        event.put("disambiguatingDescription", entry.shortDescription());
        event.put("description", entry.description());
        event.put("startDate", local(entry.firstStart()));
        event.put("endDate", local(entry.timings().get(0).endsAt()));
        if (entry.timings().size() > 1) {
            event.put(
                    "subEvent",
                    entry.timings().stream()
                            .map(timing -> Map.of(
                                    "@type",
                                    "Event",
                                    "name",
                                    entry.title(),
                                    "startDate",
                                    local(timing.startsAt()),
                                    "endDate",
                                    local(timing.endsAt())))
                            .toList());
        }
        event.put("eventStatus", entry.status().schemaOrgUrl());
        event.put("eventAttendanceMode", entry.attendanceMode().schemaOrgUrl());
        List<Object> locations = new ArrayList<>();
        if (entry.attendanceMode().hasPlace()) {
            locations.add(place(entry));
        }
        if (entry.onlineLink() != null) {
            locations.add(Map.of("@type", "VirtualLocation", "url", entry.onlineLink()));
        }
        event.put("location", locations.size() == 1 ? locations.get(0) : locations);
        if (!entry.audiences().isEmpty()) {
            event.put(
                    "audience",
                    Map.of(
                            "@type",
                            "Audience",
                            "audienceType",
                            entry.audiences().stream()
                                    .map(PublishedEntry.Label::label)
                                    .collect(Collectors.joining(", "))));
        }
        if (entry.ageMin() != null || entry.ageMax() != null) {
            event.put(
                    "typicalAgeRange",
                    (entry.ageMin() == null ? "0" : entry.ageMin()) + "-"
                            + (entry.ageMax() == null ? "" : entry.ageMax()));
        }
        List<String> keywords = new ArrayList<>(
                entry.themes().stream().map(PublishedEntry.Label::label).toList());
        keywords.addAll(entry.keywords());
        // schema.org's Event has no award: its label is a keyword, as in the calendar's categories.
        if (entry.carriedLabel() != null) {
            keywords.add(entry.carriedLabel());
        }
        if (!keywords.isEmpty()) {
            event.put("keywords", String.join(", ", keywords));
        }
        if (entry.organiser() != null) {
            event.put("organizer", Map.of("@type", "Organization", "name", entry.organiser()));
        }
        if (!entry.partners().isEmpty()) {
            event.put(
                    "contributor",
                    entry.partners().stream()
                            .map(name -> Map.of("@type", "Organization", "name", name))
                            .toList());
        }
        if (entry.umbrellaEvent() != null) {
            event.put("superEvent", Map.of("@type", "Event", "name", entry.umbrellaEvent()));
        }
        entry.registration().stream()
                .filter(value -> PublishedEntry.registrationType(value).equals("link"))
                .findFirst()
                .ifPresent(link -> event.put("offers", Map.of("@type", "Offer", "url", link)));
        event.put("url", pageUrl(season, entry));
        return event;
    }

    private static Map<String, Object> place(PublishedEntry entry) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("streetAddress", entry.streetAddress() == null ? entry.place() : entry.streetAddress());
        if (entry.commune() != null) {
            address.put("addressLocality", entry.commune());
        }
        address.put("addressCountry", "FR");
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", entry.place());
        place.put("address", address);
        if (entry.latitude() != null && entry.longitude() != null) {
            place.put(
                    "geo",
                    Map.of("@type", "GeoCoordinates", "latitude", entry.latitude(), "longitude", entry.longitude()));
        }
        return place;
    }

    /**
     * An event as OpenAgenda's API reads it (docs/evenements/structure.md of OpenAgenda/dev-doc). Fields OpenAgenda has
     * no standard field for (themes, audiences, umbrella event, organiser, partners) go where an agenda's additional
     * fields go, under the slugs docs/programme-exports.md lists.
     */
    public Map<String, Object> openAgendaEvent(Season season, PublishedEntry entry) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("extIds", List.of(Map.of("key", EXTERNAL_ID_KEY, "value", entry.uid())));
        event.put("slug", entry.slug());
        event.put("title", Map.of("fr", entry.title()));
        event.put("description", Map.of("fr", entry.shortDescription()));
        event.put("longDescription", Map.of("fr", entry.description()));
        event.put("keywords", Map.of("fr", entry.keywords()));
        event.put(
                "timings",
                entry.timings().stream()
                        .map(t -> Map.of("begin", local(t.startsAt()), "end", local(t.endsAt())))
                        .toList());
        event.put("timezone", ParisTime.ZONE.getId());
        Map<String, Boolean> accessibility = new LinkedHashMap<>();
        for (Accessibility code : Accessibility.values()) {
            accessibility.put(code.code(), entry.accessibility().contains(code.code()));
        }
        event.put("accessibility", accessibility);
        if (entry.ageMin() != null || entry.ageMax() != null) {
            Map<String, Integer> age = new LinkedHashMap<>();
            age.put("min", entry.ageMin() == null ? 0 : entry.ageMin());
            age.put("max", entry.ageMax() == null ? 120 : entry.ageMax());
            event.put("age", age);
        }
        event.put("attendanceMode", entry.attendanceMode().openAgendaCode());
        if (entry.onlineLink() != null) {
            event.put("onlineAccessLink", entry.onlineLink());
        }
        event.put(
                "registration",
                entry.registration().stream()
                        .map(value -> Map.of("type", PublishedEntry.registrationType(value), "value", value))
                        .toList());
        if (entry.attendanceMode().hasPlace()) {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("name", entry.place());
            location.put("address", entry.streetAddress());
            location.put("city", entry.commune());
            location.put("insee", entry.inseeCode());
            location.put("latitude", entry.latitude());
            location.put("longitude", entry.longitude());
            location.put("countryCode", "FR");
            location.put("timezone", ParisTime.ZONE.getId());
            event.put("location", location);
        }
        event.put("status", entry.status().openAgendaCode());
        event.put("state", 2);
        event.put("updatedAt", entry.updatedAt().toString());
        event.put("links", List.of(Map.of("link", pageUrl(season, entry))));
        event.put(
                "thematiques",
                entry.themes().stream().map(PublishedEntry.Label::label).toList());
        event.put(
                "publics",
                entry.audiences().stream().map(PublishedEntry.Label::label).toList());
        event.put("evenement-cadre", entry.umbrellaEvent());
        event.put("organisateur", entry.organiser());
        event.put("partenaires", entry.partners());
        return event;
    }

    /** One line per entry in date order, separated by semicolons as French spreadsheets expect. */
    public String csv(List<PublishedEntry> entries) {
        return CsvTable.write(
                List.of(
                        "Titre",
                        "Résumé",
                        "Début",
                        "Fin",
                        "Séances",
                        "Lieu",
                        "Adresse",
                        "Commune",
                        "Code INSEE",
                        "Publics",
                        "Âge",
                        "Accessibilité",
                        "Participation",
                        "Lien en ligne",
                        "Inscription",
                        "Thèmes",
                        "Mots-clés",
                        "Événement",
                        "Organisateur",
                        "Partenaires",
                        "Description",
                        "Statut",
                        "Identifiant"),
                entries.stream()
                        .map(entry -> Arrays.asList(
                                entry.title(),
                                entry.shortDescription(),
                                dayTime(entry.firstStart()),
                                dayTime(entry.lastEnd()),
                                entry.timings().stream()
                                        .map(t -> dayTime(t.startsAt()) + "-"
                                                + dayTime(t.endsAt()).substring(11))
                                        .collect(Collectors.joining(" ; ")),
                                entry.place(),
                                entry.streetAddress(),
                                entry.commune(),
                                entry.inseeCode(),
                                entry.audiences().stream()
                                        .map(PublishedEntry.Label::label)
                                        .collect(Collectors.joining(", ")),
                                ages(entry, Locale.FRENCH),
                                entry.accessibility().stream()
                                        .map(code -> french("programme.accessibility." + code))
                                        .collect(Collectors.joining(", ")),
                                french("programme.attendance." + entry.attendanceMode()),
                                entry.onlineLink(),
                                String.join(" ; ", entry.registration()),
                                entry.themes().stream()
                                        .map(PublishedEntry.Label::label)
                                        .collect(Collectors.joining(", ")),
                                String.join(", ", entry.keywords()),
                                entry.umbrellaEvent(),
                                entry.organiser(),
                                String.join(", ", entry.partners()),
                                entry.description(),
                                french("programme.status." + entry.status()),
                                entry.uid()))
                        .toList());
    }

    /** The age range in words: "De 6 à 12 ans", "À partir de 8 ans", "Jusqu'à 6 ans"; empty when none is set. */
    public String ages(PublishedEntry entry, Locale locale) {
        if (entry.ageMin() == null && entry.ageMax() == null) {
            return "";
        }
        if (entry.ageMax() == null) {
            return messages.getMessage("programme.agesFrom", new Object[] {entry.ageMin()}, locale);
        }
        if (entry.ageMin() == null || entry.ageMin() == 0) {
            return messages.getMessage("programme.agesUpTo", new Object[] {entry.ageMax()}, locale);
        }
        return messages.getMessage("programme.agesRange", new Object[] {entry.ageMin(), entry.ageMax()}, locale);
    }

    private String french(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }

    private static String dayTime(OffsetDateTime time) {
        return WrittenDates.shortMoment(time);
    }

    /** An ISO date-time in Paris time with its offset, e.g. 2027-10-12T20:00:00+02:00. */
    static String local(OffsetDateTime time) {
        return time.atZoneSameInstant(ParisTime.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
