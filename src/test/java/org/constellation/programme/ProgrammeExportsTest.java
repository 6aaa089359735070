package org.constellation.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.programme.ProgrammeFixtures.SEASON;
import static org.constellation.programme.ProgrammeFixtures.START;
import static org.constellation.programme.ProgrammeFixtures.entry;
import static org.constellation.programme.ProgrammeFixtures.published;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.constellation.workflow.CsvTable;
import org.constellation.workflow.PublicLinks;
import org.junit.jupiter.api.Test;

/**
 * Documents, field by field, how an entry reaches OpenAgenda's event model (OpenAgenda/dev-doc,
 * docs/evenements/structure.md), schema.org Event and the print programme. Every field the programme entry holds
 * appears in each mapping.
 */
class ProgrammeExportsTest {

    final ProgrammeExports exports = new ProgrammeExports(
            new PublicLinks(URI.create("https://constellation.example.org")), SeasonCalendarTest.messages());
    final List<Timing> twoSessions = List.of(
            new Timing(START, START.plusHours(3)),
            new Timing(START.plusDays(1), START.plusDays(1).plusHours(2)));
    final PublishedEntry entry = published(entry("sde-2027-0001@constellation.example.org", twoSessions));

    @Test
    void theOpenAgendaExportMapsEveryFieldOfTheEntryToTheirNamesAndCodes() {
        Map<String, Object> event = exports.openAgendaEvent(SEASON, entry);
        // Our stable id, so that a connector can upsert the same OpenAgenda event again.
        assertThat(event.get("extIds"))
                .isEqualTo(List.of(Map.of("key", "constellation", "value", "sde-2027-0001@constellation.example.org")));
        assertThat(event.get("slug")).isEqualTo("sde-2027-0001");
        // Texts are multilingual objects: title; description is the short one (200 characters); longDescription.
        assertThat(event.get("title")).isEqualTo(Map.of("fr", "Nuit des étoiles ; « observation », 1/2"));
        assertThat(event.get("description")).isEqualTo(Map.of("fr", "Observer Saturne ; « anneaux », 1/2"));
        assertThat(event.get("longDescription")).isEqualTo(Map.of("fr", "Télescopes, café\net croissants"));
        assertThat(event.get("keywords")).isEqualTo(Map.of("fr", List.of("télescope", "planètes")));
        // timings: every session, in Paris time with its offset, and the time zone.
        assertThat(event.get("timings"))
                .isEqualTo(List.of(
                        Map.of("begin", "2027-10-12T20:00:00+02:00", "end", "2027-10-12T23:00:00+02:00"),
                        Map.of("begin", "2027-10-13T20:00:00+02:00", "end", "2027-10-13T22:00:00+02:00")));
        assertThat(event.get("timezone")).isEqualTo("Europe/Paris");
        // accessibility: OpenAgenda's five codes, each true or false (mi = motor, hi = hearing).
        assertThat(event.get("accessibility"))
                .isEqualTo(Map.of("hi", true, "vi", false, "mi", true, "pi", false, "ii", false));
        assertThat(event.get("age")).isEqualTo(Map.of("min", 6, "max", 12));
        // attendanceMode 1 offline, 2 online, 3 mixed; the link is onlineAccessLink.
        assertThat(event.get("attendanceMode")).isEqualTo(3);
        assertThat(event.get("onlineAccessLink")).isEqualTo("https://visio.example.org/saturne");
        assertThat(event.get("registration"))
                .isEqualTo(List.of(
                        Map.of("type", "link", "value", "https://billetterie.example.org/saturne"),
                        Map.of("type", "email", "value", "contact@astro.example.org"),
                        Map.of("type", "phone", "value", "04 76 00 00 00")));
        // location as OpenAgenda reads it back: venue, address, commune with INSEE code, coordinates.
        @SuppressWarnings("unchecked")
        Map<String, Object> location = (Map<String, Object>) event.get("location");
        assertThat(location)
                .containsEntry("name", "Parc Paul Mistral")
                .containsEntry("address", "Boulevard Jean Pain")
                .containsEntry("city", "Grenoble")
                .containsEntry("insee", "38185")
                .containsEntry("latitude", 45.1885)
                .containsEntry("longitude", 5.7245)
                .containsEntry("countryCode", "FR");
        // status 1 scheduled, 2 rescheduled, 4 postponed, 5 full, 6 cancelled; state 2 = published.
        assertThat(event.get("status")).isEqualTo(1);
        assertThat(event.get("state")).isEqualTo(2);
        assertThat(event.get("links"))
                .isEqualTo(List.of(
                        Map.of("link", "https://constellation.example.org/programme/saison-2027/sde-2027-0001")));
        // Fields with no standard OpenAgenda field go where an agenda's additional fields go.
        assertThat(event.get("thematiques")).isEqualTo(List.of("Astronomie"));
        assertThat(event.get("publics")).isEqualTo(List.of("Familles", "Enfants"));
        assertThat(event.get("evenement-cadre")).isEqualTo("Nuit des étoiles");
        assertThat(event.get("organisateur")).isEqualTo("Club d'astronomie de Grenoble");
        assertThat(event.get("partenaires")).isEqualTo(List.of("Planétarium de Vaulx-en-Velin"));
        assertThat(event).containsKey("updatedAt");
    }

    @Test
    void statusesUseOpenAgendaAndSchemaOrgCodes() {
        assertThat(ProgrammeEntryStatus.RESCHEDULED.openAgendaCode()).isEqualTo(2);
        assertThat(ProgrammeEntryStatus.POSTPONED.openAgendaCode()).isEqualTo(4);
        assertThat(ProgrammeEntryStatus.FULL.openAgendaCode()).isEqualTo(5);
        assertThat(ProgrammeEntryStatus.CANCELLED.openAgendaCode()).isEqualTo(6);
        assertThat(ProgrammeEntryStatus.POSTPONED.schemaOrgUrl()).isEqualTo("https://schema.org/EventPostponed");
        assertThat(AttendanceMode.ONLINE.openAgendaCode()).isEqualTo(2);
        assertThat(AttendanceMode.ONLINE.schemaOrgUrl()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
    }

    @Test
    void theSchemaOrgEventCarriesWhatSearchEnginesRead() {
        Map<String, Object> event = exports.schemaOrgEvent(SEASON, entry);
        assertThat(event)
                .containsEntry("@type", "Event")
                .containsEntry("name", entry.title())
                .containsEntry("startDate", "2027-10-12T20:00:00+02:00")
                .containsEntry("endDate", "2027-10-12T23:00:00+02:00")
                .containsEntry("eventStatus", "https://schema.org/EventScheduled")
                .containsEntry("eventAttendanceMode", "https://schema.org/MixedEventAttendanceMode")
                .containsEntry("typicalAgeRange", "6-12")
                .containsEntry("keywords", "Astronomie, télescope, planètes");
        assertThat((List<?>) event.get("subEvent")).hasSize(2);
        assertThat(event.get("location").toString())
                .contains("PostalAddress", "Grenoble", "GeoCoordinates", "VirtualLocation");
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndKeepsAccents() {
        String csv = exports.csv(List.of(entry));
        assertThat(csv).startsWith(CsvTable.BYTE_ORDER_MARK + "Titre;Résumé;Début;Fin;Séances;");
        assertThat(csv)
                .contains(
                        "12/10/2027 20:00-23:00 ; 13/10/2027 20:00-22:00",
                        "Handicap moteur, Handicap auditif",
                        "Sur place et en ligne",
                        "De 6 à 12 ans",
                        "Programmé");
        assertThat(csv.getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
    }
}
