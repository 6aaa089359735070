package org.constellation.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import org.constellation.call.CallObligation;
import org.constellation.programme.Timing;
import org.constellation.workflow.ParisTime;

/**
 * When an obligation is due, and when its timers ring (plain rules, {@code DueDatesTest}): its days counted back from
 * the day of the event's first session, or on from the day of its last, in Paris; the holder is reminded that day at
 * nine, and the follow-up person told a week later, at nine too.
 */
public final class DueDates {

    /** The hour a reminder leaves, in Paris: a working morning, as the report's request. */
    static final LocalTime REMINDED_AT = LocalTime.of(9, 0);
    /** How long after its due date an unmet obligation goes to the follow-up person. */
    static final Period LATE_AFTER = Period.ofWeeks(1);

    private DueDates() {}

    /** The day {@code rule} is due for an event of {@code sessions} (at least one). */
    public static LocalDate of(CallObligation rule, List<Timing> sessions) {
        if (rule.relativeTo() == CallObligation.Relative.BEFORE) {
            return sessions.stream()
                    .map(Timing::firstDay)
                    .min(Comparator.naturalOrder())
                    .orElseThrow()
                    .minusDays(rule.offsetDays());
        }
        return sessions.stream()
                .map(Timing::lastDay)
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .plusDays(rule.offsetDays());
    }

    /** When the holder is reminded of an obligation still unmet: its due day, at nine in Paris. */
    static Instant reminder(LocalDate dueOn) {
        return dueOn.atTime(REMINDED_AT).atZone(ParisTime.ZONE).toInstant();
    }

    /**
     * When the follow-up person is told of an obligation still unmet: a week after its due day; a week after
     * {@code today} when the obligation came due before it was set (an entry published late), so that the holder's
     * reminder always comes first, with a week to act on it.
     */
    static Instant late(LocalDate dueOn, LocalDate today) {
        LocalDate from = dueOn.isBefore(today) ? today : dueOn;
        return reminder(from.plus(LATE_AFTER));
    }

    /** Whether an obligation unmet and due on {@code dueOn} is late {@code today}: its due day is over. */
    static boolean isLate(LocalDate dueOn, LocalDate today) {
        return dueOn.isBefore(today);
    }
}
