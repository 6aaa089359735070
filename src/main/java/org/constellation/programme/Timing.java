package org.constellation.programme;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.constellation.workflow.ParisTime;

/**
 * One session of an event: OpenAgenda's {@code timings} item, one occurrence in the calendar. A session without hours
 * (an exhibition open on its days) runs from midnight of its first day to midnight after its last, in Paris, as
 * iCalendar's all-day dates do: no column tells it apart, so releases written before keep reading the same.
 */
@Embeddable
public record Timing(OffsetDateTime startsAt, OffsetDateTime endsAt) {

    /** Days without hours, {@code first} to {@code last} included. */
    public static Timing days(LocalDate first, LocalDate last) {
        return new Timing(
                first.atStartOfDay(ParisTime.ZONE).toOffsetDateTime(),
                last.plusDays(1).atStartOfDay(ParisTime.ZONE).toOffsetDateTime());
    }

    /** False for days without hours: both ends at midnight in Paris. */
    public boolean hasHours() {
        return !(ParisTime.of(startsAt).toLocalTime().equals(LocalTime.MIDNIGHT)
                && ParisTime.of(endsAt).toLocalTime().equals(LocalTime.MIDNIGHT));
    }

    /** The day it starts on, in Paris. */
    public LocalDate firstDay() {
        return ParisTime.of(startsAt).toLocalDate();
    }

    /** The last day it takes place on, in Paris: an end at midnight closes the day before. */
    public LocalDate lastDay() {
        return ParisTime.of(endsAt.minusNanos(1)).toLocalDate();
    }

    /** Whether it takes place during {@code month}: it starts before the month ends and ends after it begins. */
    public boolean overlaps(YearMonth month) {
        return !firstDay().isAfter(month.atEndOfMonth()) && !lastDay().isBefore(month.atDay(1));
    }
}
