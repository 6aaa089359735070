package org.constellation.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.workflow.TaskInput;
import org.junit.jupiter.api.Test;

/** The programme entry's rules, read from a form's values without an engine or a database. */
class EntryFormTest {

    static Map<String, Object> form() {
        Map<String, Object> values = new HashMap<>();
        values.put("entryStartsAt", "2027-10-12T20:00+02:00");
        values.put("entryEndsAt", "2027-10-12T23:30+02:00");
        values.put("entryPlace", "Parc Paul Mistral, Grenoble");
        values.put("entryShortDescription", "Le ciel d'automne aux télescopes.");
        values.put("entryDescription", "Observation du ciel.");
        return values;
    }

    static EntryDetails read(Map<String, Object> values) {
        return EntryForm.read(TaskInput.of(values));
    }

    static Map<String, Object> with(String key, Object value) {
        Map<String, Object> values = form();
        values.put(key, value);
        return values;
    }

    @Test
    void aCompleteEntryIsReadWithItsSessionsInOrderAndItsChoices() {
        Map<String, Object> values = form();
        values.put("entryOtherSessions", "14/10/2027 20:00-23:30\n\n13/10/2027 20h00 - 23h30");
        values.put("entryAccessibility", List.of("mi", "mi"));
        values.put("entryAudiences", List.of("FAMILIES"));
        values.put("entryKeywords", "télescope, Saturne, télescope");
        values.put(
                "entryRegistration", "https://billetterie.example.org/nuit\ncontact@club.example.org\n04 76 00 00 00");
        EntryDetails entry = read(values);
        assertThat(entry.timings())
                .extracting(Timing::startsAt)
                .containsExactly(
                        OffsetDateTime.parse("2027-10-12T20:00+02:00"),
                        OffsetDateTime.parse("2027-10-13T20:00+02:00"),
                        OffsetDateTime.parse("2027-10-14T20:00+02:00"));
        assertThat(entry.accessibility()).containsExactly(Accessibility.MOTOR);
        assertThat(entry.keywords()).containsExactly("télescope", "Saturne");
        assertThat(entry.registration()).hasSize(3);
        assertThat(entry.attendanceMode()).isEqualTo(AttendanceMode.OFFLINE);
    }

    @Test
    void eachRuleIsRefusedInTheReviewersWords() {
        assertThatThrownBy(() -> read(with("entryOtherSessions", "13/10/2027 23:00-20:00")))
                .hasMessageContaining("la séance doit finir après son début");
        assertThatThrownBy(() -> read(with("entryOtherSessions", "12/10/2027 21:00-22:00")))
                .hasMessageContaining("deux séances se chevauchent");
        assertThatThrownBy(() -> read(with("entryOtherSessions", "demain soir")))
                .hasMessageContaining("ne se lit pas");
        assertThatThrownBy(() -> read(with("entryOtherSessions", "31/02/2027 20:00-21:00")))
                .hasMessageContaining("n'est pas une date et une heure qui existent");
        assertThatThrownBy(() -> read(with("entryEndsAt", "2027-10-14T20:00+02:00")))
                .hasMessageContaining("24 heures au plus");
        assertThatThrownBy(() -> read(with("entryAttendanceMode", "ONLINE")))
                .hasMessageContaining("obligatoire pour un événement en ligne");
        assertThatThrownBy(() -> read(with("entryAttendanceMode", "AILLEURS")))
                .hasMessageContaining("« AILLEURS » n'est pas un choix possible");
        assertThatThrownBy(() -> read(with("entryPlace", " "))).hasMessageContaining("Lieu : obligatoire");
        assertThatThrownBy(() -> read(with("entryRegistration", "au guichet")))
                .hasMessageContaining("ni une adresse web, ni un courriel");
        assertThatThrownBy(() -> read(with("entryOnlineLink", "ftp://x")))
                .hasMessageContaining("commence par https://");
        Map<String, Object> ages = with("entryAgeMin", 12L);
        ages.put("entryAgeMax", 8L);
        assertThatThrownBy(() -> read(ages)).hasMessageContaining("l'âge minimum dépasse l'âge maximum");
        assertThatThrownBy(() -> read(with("entryKeywords", "a,b,c,d,e,f,g,h,i,j,k")))
                .hasMessageContaining("dix mots-clés au plus");
    }
}
