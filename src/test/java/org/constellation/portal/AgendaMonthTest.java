package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.constellation.programme.AttendanceMode;
import org.constellation.programme.ProgrammeEntryStatus;
import org.constellation.programme.PublishedEntry;
import org.constellation.programme.Timing;
import org.junit.jupiter.api.Test;

/** A long exhibition is on the agenda of every month it runs; a session only on its day. */
class AgendaMonthTest {

    static final OffsetDateTime EVENING = OffsetDateTime.parse("2026-10-06T18:30:00+02:00");

    final PublishedEntry meteorites =
            entry("meteorites", Timing.days(LocalDate.of(2026, 10, 3), LocalDate.of(2027, 1, 16)));
    final PublishedEntry meetings = entry(
            "rencontres",
            new Timing(EVENING, EVENING.plusMinutes(90)),
            new Timing(EVENING.plusDays(1), EVENING.plusDays(1).plusMinutes(90)));
    final List<PublishedEntry> programme = List.of(meteorites, meetings);

    @Test
    void theExhibitionIsOnEveryDayOfNovembersGridAndListedOnceAmongTheRunningOnes() {
        AgendaMonth november = AgendaMonth.of(YearMonth.of(2026, 11), programme);
        assertThat(november.isEmpty()).isFalse();
        assertThat(november.running()).containsExactly(meteorites);
        assertThat(november.days()).as("no session that month").isEmpty();
        List<AgendaMonth.Day> inMonth = november.weeks().stream()
                .flatMap(List::stream)
                .filter(AgendaMonth.Day::inMonth)
                .toList();
        assertThat(inMonth)
                .hasSize(30)
                .allSatisfy(day -> assertThat(day.entries()).containsExactly(meteorites));

        AgendaMonth january = AgendaMonth.of(YearMonth.of(2027, 1), programme);
        assertThat(january.running()).containsExactly(meteorites);
        assertThat(january.weeks().stream()
                        .flatMap(List::stream)
                        .filter(AgendaMonth.Day::inMonth)
                        .filter(day -> !day.entries().isEmpty())
                        .map(AgendaMonth.Day::date))
                .as("until the 16th")
                .hasSize(16)
                .last()
                .isEqualTo(LocalDate.of(2027, 1, 16));

        assertThat(AgendaMonth.of(YearMonth.of(2027, 2), programme).isEmpty()).isTrue();
    }

    @Test
    void aSessionIsListedUnderItsDayAndTheGridShowsBoth() {
        AgendaMonth october = AgendaMonth.of(YearMonth.of(2026, 10), programme);
        assertThat(october.days()).containsOnlyKeys(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        assertThat(october.days().get(LocalDate.of(2026, 10, 6))).containsExactly(meetings);
        assertThat(october.running()).containsExactly(meteorites);
        AgendaMonth.Day sixth = october.weeks().stream()
                .flatMap(List::stream)
                .filter(day -> day.date().equals(LocalDate.of(2026, 10, 6)))
                .findFirst()
                .orElseThrow();
        assertThat(sixth.entries()).containsExactly(meteorites, meetings);
        AgendaMonth.Day second = october.weeks().stream()
                .flatMap(List::stream)
                .filter(day -> day.date().equals(LocalDate.of(2026, 10, 2)))
                .findFirst()
                .orElseThrow();
        assertThat(second.entries()).as("the day before it opens").isEmpty();
    }

    @Test
    void theListGivesTheExhibitionUnderEachMonthItRuns() {
        assertThat(AgendaMonth.byMonth(programme))
                .containsExactly(
                        Map.entry(YearMonth.of(2026, 10), List.of(meteorites, meetings)),
                        Map.entry(YearMonth.of(2026, 11), List.of(meteorites)),
                        Map.entry(YearMonth.of(2026, 12), List.of(meteorites)),
                        Map.entry(YearMonth.of(2027, 1), List.of(meteorites)));
    }

    static PublishedEntry entry(String slug, Timing... timings) {
        return new PublishedEntry(
                slug + "@constellation.example.org",
                slug,
                0,
                ProgrammeEntryStatus.SCHEDULED,
                slug,
                "Résumé",
                "Description",
                List.of(timings),
                "Muséum de Grenoble",
                null,
                "Grenoble",
                "38185",
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                AttendanceMode.OFFLINE,
                null,
                List.of(),
                List.of(),
                null,
                "Muséum de Grenoble",
                List.of(),
                EVENING.minusMonths(1),
                null);
    }
}
