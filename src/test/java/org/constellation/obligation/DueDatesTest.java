package org.constellation.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.constellation.call.CallObligation;
import org.constellation.call.CallObligation.Kind;
import org.constellation.call.CallObligation.Relative;
import org.constellation.programme.Timing;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static Timing evening(LocalDate day) {
        return new Timing(
                day.atTime(20, 0).atZone(PARIS).toOffsetDateTime(),
                day.atTime(23, 0).atZone(PARIS).toOffsetDateTime());
    }

    /** A night at the observatory and an afternoon two days later, in Paris. */
    static final List<Timing> SESSIONS = List.of(
            evening(LocalDate.of(2027, 10, 12)),
            new Timing(
                    LocalDate.of(2027, 10, 14).atTime(14, 0).atZone(PARIS).toOffsetDateTime(),
                    LocalDate.of(2027, 10, 14).atTime(17, 0).atZone(PARIS).toOffsetDateTime()));

    static CallObligation rule(int days, Relative relative) {
        return new CallObligation("Article sur Echosciences", Kind.ARTICLE, days, relative);
    }

    @Test
    void beforeCountsBackFromTheDayOfTheFirstSession() {
        assertThat(DueDates.of(rule(14, Relative.BEFORE), SESSIONS)).isEqualTo(LocalDate.of(2027, 9, 28));
        assertThat(DueDates.of(rule(0, Relative.BEFORE), SESSIONS)).isEqualTo(LocalDate.of(2027, 10, 12));
    }

    @Test
    void afterCountsOnFromTheDayOfTheLastSession() {
        assertThat(DueDates.of(rule(7, Relative.AFTER), SESSIONS)).isEqualTo(LocalDate.of(2027, 10, 21));
        assertThat(DueDates.of(rule(0, Relative.AFTER), SESSIONS)).isEqualTo(LocalDate.of(2027, 10, 14));
    }

    @Test
    void sessionsInAnyOrderAndDaysInParisCount() {
        assertThat(DueDates.of(rule(1, Relative.BEFORE), List.of(SESSIONS.get(1), SESSIONS.get(0))))
                .isEqualTo(LocalDate.of(2027, 10, 11));
        // A session that ends after midnight in Paris ends the next day; an exhibition's days end on their last day.
        Timing lateNight = new Timing(
                LocalDate.of(2027, 10, 16).atTime(22, 0).atZone(PARIS).toOffsetDateTime(),
                LocalDate.of(2027, 10, 17).atTime(1, 0).atZone(PARIS).toOffsetDateTime());
        assertThat(DueDates.of(rule(0, Relative.AFTER), List.of(lateNight))).isEqualTo(LocalDate.of(2027, 10, 17));
        Timing exhibition = Timing.days(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 31));
        assertThat(DueDates.of(rule(2, Relative.AFTER), List.of(exhibition))).isEqualTo(LocalDate.of(2027, 11, 2));
        assertThat(DueDates.of(rule(2, Relative.BEFORE), List.of(exhibition))).isEqualTo(LocalDate.of(2027, 9, 29));
    }

    @Test
    void theHolderIsRemindedAtNineInParisOnTheDueDay() {
        // Summer time, then winter time.
        assertThat(DueDates.reminder(LocalDate.of(2027, 9, 28))).isEqualTo(Instant.parse("2027-09-28T07:00:00Z"));
        assertThat(DueDates.reminder(LocalDate.of(2027, 11, 2))).isEqualTo(Instant.parse("2027-11-02T08:00:00Z"));
    }

    @Test
    void theFollowUpPersonIsToldAWeekLaterOrAWeekAfterAnObligationSetLate() {
        LocalDate due = LocalDate.of(2027, 9, 28);
        assertThat(DueDates.late(due, LocalDate.of(2027, 9, 1))).isEqualTo(Instant.parse("2027-10-05T07:00:00Z"));
        assertThat(DueDates.late(due, due)).isEqualTo(Instant.parse("2027-10-05T07:00:00Z"));
        // Published after its due day: the holder still gets their week after the reminder.
        assertThat(DueDates.late(due, LocalDate.of(2027, 10, 10))).isEqualTo(Instant.parse("2027-10-17T07:00:00Z"));
    }

    @Test
    void anObligationIsLateOnceItsDueDayIsOver() {
        LocalDate due = LocalDate.of(2027, 9, 28);
        assertThat(DueDates.isLate(due, LocalDate.of(2027, 9, 27))).isFalse();
        assertThat(DueDates.isLate(due, due)).isFalse();
        assertThat(DueDates.isLate(due, LocalDate.of(2027, 9, 29))).isTrue();
    }
}
