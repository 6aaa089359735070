package org.constellation.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.constellation.call.Season;
import org.junit.jupiter.api.Test;

/** The feed is RFC 5545 as ical4j reads and validates it, with stable UIDs and rising sequences. */
class SeasonCalendarTest {

  final SeasonCalendar calendar =
      new SeasonCalendar(mock(ProgrammeEntryRepository.class), URI.create("https://constellation.example.org"));
  final Season season = new Season("saison-2027", "Saison 2027", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31));

  ProgrammeEntry entry(String uid) {
    ProgrammeEntry entry = new ProgrammeEntry(1L, 1L, uid);
    OffsetDateTime start = OffsetDateTime.parse("2027-10-12T20:00:00+02:00");
    entry.edit("Nuit des étoiles ; « observation », 1/2", "Télescopes, café\net croissants", start,
        start.plusHours(3), "Parc Paul Mistral", "Grenoble", "Planétarium de Vaulx-en-Velin", start.minusMonths(1));
    entry.publish(start.minusMonths(1));
    return entry;
  }

  Calendar parse(String text) throws Exception {
    Calendar parsed = new CalendarBuilder().build(new StringReader(text));
    parsed.validate();
    return parsed;
  }

  @Test
  void aPublishedEntryIsAValidEventThatCancellationKeepsUnderTheSameUid() throws Exception {
    ProgrammeEntry entry = entry("p-abc@constellation.example.org");
    VEvent published = parse(calendar.write(season, List.of(entry))).getComponent("VEVENT").map(VEvent.class::cast)
        .orElseThrow();
    assertThat(published.getUid().orElseThrow().getValue()).isEqualTo("p-abc@constellation.example.org");
    assertThat(published.getSummary().getValue()).isEqualTo("Nuit des étoiles ; « observation », 1/2");
    assertThat(published.getSequence().getSequenceNo()).isZero();
    assertThat(published.getStatus().getValue()).isEqualTo("CONFIRMED");
    assertThat(published.getUrl().getValue()).as("a link back to the entry's page")
        .isEqualTo("https://constellation.example.org/programme/saison-2027/p-abc");
    assertThat(published.getDescription().getValue())
        .isEqualTo("Télescopes, café\net croissants\n\nAvec : Planétarium de Vaulx-en-Velin");

    entry.cancel(OffsetDateTime.now());
    VEvent cancelled = parse(calendar.write(season, List.of(entry))).getComponent("VEVENT").map(VEvent.class::cast)
        .orElseThrow();
    assertThat(cancelled.getUid().orElseThrow().getValue()).isEqualTo("p-abc@constellation.example.org");
    assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(1);
    assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
  }

  @Test
  void publishingTwiceChangesNothingButAChangeRaisesTheSequence() {
    ProgrammeEntry entry = entry("p-def@constellation.example.org");
    OffsetDateTime published = entry.getPublishedAt();
    entry.publish(published.plusHours(1));
    assertThat(entry.getSequence()).isZero();
    entry.edit("Nouveau titre", "d", entry.getStartsAt(), entry.getEndsAt(), "p", "c", null, published.plusDays(1));
    entry.publish(published.plusDays(2));
    assertThat(entry.getSequence()).isEqualTo(1);
  }
}
