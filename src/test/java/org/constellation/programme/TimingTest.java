package org.constellation.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The days a session covers in Paris, with or without hours, and the months they fall in. */
class TimingTest {

    @Test
    void daysWithoutHoursRunFromMidnightToMidnightAfterTheLastDayInParis() {
        Timing exhibition = Timing.days(LocalDate.of(2026, 10, 3), LocalDate.of(2027, 1, 16));
        assertThat(exhibition.startsAt()).isEqualTo(OffsetDateTime.parse("2026-10-03T00:00:00+02:00"));
        assertThat(exhibition.endsAt())
                .as("winter time by then")
                .isEqualTo(OffsetDateTime.parse("2027-01-17T00:00:00+01:00"));
        assertThat(exhibition.hasHours()).isFalse();
        assertThat(exhibition.firstDay()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(exhibition.lastDay()).isEqualTo(LocalDate.of(2027, 1, 16));

        // As a release's JSON gives it back: the same moments in UTC.
        Timing inUtc = new Timing(
                exhibition.startsAt().withOffsetSameInstant(ZoneOffset.UTC),
                exhibition.endsAt().withOffsetSameInstant(ZoneOffset.UTC));
        assertThat(inUtc.hasHours()).isFalse();
        assertThat(inUtc.firstDay()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(inUtc.lastDay()).isEqualTo(LocalDate.of(2027, 1, 16));
    }

    @Test
    void aSessionWithHoursIsOnItsDayEvenWhenItEndsAtMidnight() {
        OffsetDateTime evening = OffsetDateTime.parse("2027-08-07T21:00:00+02:00");
        Timing night = new Timing(evening, evening.plusHours(3));
        assertThat(night.hasHours()).isTrue();
        assertThat(night.firstDay()).isEqualTo(LocalDate.of(2027, 8, 7));
        assertThat(night.lastDay()).isEqualTo(LocalDate.of(2027, 8, 7));
        Timing late = new Timing(evening, evening.plusHours(5));
        assertThat(late.lastDay()).as("after midnight, the next day").isEqualTo(LocalDate.of(2027, 8, 8));
    }

    @Test
    void aTimingOverlapsEveryMonthItCoversAndNoOther() {
        Timing exhibition = Timing.days(LocalDate.of(2026, 10, 3), LocalDate.of(2027, 1, 16));
        assertThat(exhibition.overlaps(YearMonth.of(2026, 9))).isFalse();
        assertThat(exhibition.overlaps(YearMonth.of(2026, 10))).isTrue();
        assertThat(exhibition.overlaps(YearMonth.of(2026, 11))).isTrue();
        assertThat(exhibition.overlaps(YearMonth.of(2026, 12))).isTrue();
        assertThat(exhibition.overlaps(YearMonth.of(2027, 1))).isTrue();
        assertThat(exhibition.overlaps(YearMonth.of(2027, 2)))
                .as("it ends at midnight on 17 January")
                .isFalse();
        Timing lastNightOfSeptember = Timing.days(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30));
        assertThat(lastNightOfSeptember.overlaps(YearMonth.of(2026, 10))).isFalse();
    }
}
