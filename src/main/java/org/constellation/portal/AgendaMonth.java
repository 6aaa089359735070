package org.constellation.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.constellation.programme.PublishedEntry;
import org.constellation.programme.Timing;

/**
 * A month of the public agenda. Its grid shows an event on every day it takes place, an exhibition of three months on
 * each of them; its list gives a session under its day and an event over several days once, among those running that
 * month, rather than on thirty days in a row. Plain rules: {@code AgendaMonthTest}.
 */
public record AgendaMonth(
        List<List<Day>> weeks, SortedMap<LocalDate, List<PublishedEntry>> days, List<PublishedEntry> running) {

    /** A day of the grid; days of the neighbouring months fill the first and last weeks. */
    public record Day(LocalDate date, boolean inMonth, List<PublishedEntry> entries) {}

    public boolean isEmpty() {
        return days.isEmpty() && running.isEmpty();
    }

    /** {@code month} of the programme's {@code entries}, taken in their order. */
    static AgendaMonth of(YearMonth month, List<PublishedEntry> entries) {
        Map<LocalDate, List<PublishedEntry>> grid = new TreeMap<>();
        SortedMap<LocalDate, List<PublishedEntry>> days = new TreeMap<>();
        List<PublishedEntry> running = new ArrayList<>();
        for (PublishedEntry entry : entries) {
            for (Timing timing : entry.timings()) {
                if (!timing.overlaps(month)) {
                    continue;
                }
                LocalDate first = later(timing.firstDay(), month.atDay(1));
                LocalDate last = earlier(timing.lastDay(), month.atEndOfMonth());
                first.datesUntil(last.plusDays(1)).forEach(day -> add(grid, day, entry));
                if (timing.lastDay().isAfter(timing.firstDay())) {
                    addOnce(running, entry);
                } else {
                    add(days, timing.firstDay(), entry);
                }
            }
        }
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!day.isAfter(month.atEndOfMonth())) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(new Day(day, YearMonth.from(day).equals(month), grid.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        return new AgendaMonth(weeks, days, running);
    }

    /** The list view: each month with the entries taking place in it, an exhibition in every month it runs. */
    static SortedMap<YearMonth, List<PublishedEntry>> byMonth(List<PublishedEntry> entries) {
        SortedMap<YearMonth, List<PublishedEntry>> months = new TreeMap<>();
        entries.forEach(entry -> entry.months()
                .forEach(month ->
                        months.computeIfAbsent(month, m -> new ArrayList<>()).add(entry)));
        return months;
    }

    private static void add(Map<LocalDate, List<PublishedEntry>> byDay, LocalDate day, PublishedEntry entry) {
        addOnce(byDay.computeIfAbsent(day, d -> new ArrayList<>()), entry);
    }

    /** An entry with two sessions on a day, or two runs in a month, is listed once. */
    private static void addOnce(List<PublishedEntry> entries, PublishedEntry entry) {
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate earlier(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
