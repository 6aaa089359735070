package org.constellation.report;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The figures of a season's bilan (or of one call's), as {@link SeasonBilan} counts them in the database, with the
 * arithmetic SQL leaves to us: shares in percent to one decimal, averages, a breakdown's total row. Plain Java,
 * {@code BilanFiguresTest}; every share of nothing is 0, never a division by zero.
 */
public final class BilanFigures {

    /**
     * What the whole scope counts: events held (published, their last session over), how many gave their report, the
     * attendance, school pupils and classes the reports give; proposals supported (accompanied or later, in a call that
     * does not label) and selected by a jury; events labelled (in a labelling call, found eligible and not stopped
     * since, their label not withdrawn) and labels withdrawn; obligations after selection owed, met (their evidence
     * given), met on time (given on or before their due day, in Paris) and late (unmet, their due day over).
     */
    public record Totals(
            long held,
            long reported,
            long attendance,
            long pupils,
            long classes,
            long supported,
            long selected,
            long labelled,
            long labelsWithdrawn,
            long obligations,
            long obligationsMet,
            long obligationsOnTime,
            long obligationsLate) {}

    /**
     * One line of a breakdown (a theme, a commune, a month, a public): its key (a code or « 2027-10 », never shown),
     * its words, the events it counts and how many of them gave their report, their sessions (months only, else 0), and
     * what their reports give.
     */
    public record Line(
            String key,
            String label,
            long events,
            long reported,
            long sessions,
            long attendance,
            long pupils,
            long classes) {}

    /** A commune reached: its line, and its centre when the registry knows it (else it is listed, not drawn). */
    public record Place(Line line, Double latitude, Double longitude) {

        public boolean isLocated() {
            return latitude != null && longitude != null;
        }
    }

    private final Totals totals;
    private final List<Line> themes;
    private final List<Place> communes;
    private final List<Line> months;
    private final List<Line> publics;

    public BilanFigures(Totals totals, List<Line> themes, List<Place> communes, List<Line> months, List<Line> publics) {
        this.totals = totals;
        this.themes = List.copyOf(themes);
        this.communes = List.copyOf(communes);
        this.months = List.copyOf(months);
        this.publics = List.copyOf(publics);
    }

    public Totals totals() {
        return totals;
    }

    /** By theme of the proposal: an event of two themes counts in both, so the lines add up to more than the total. */
    public List<Line> themes() {
        return themes;
    }

    public List<Place> communes() {
        return communes;
    }

    /** By month of the session, in Paris: an event of two months counts in both; sessions and attendance add up. */
    public List<Line> months() {
        return months;
    }

    /** By public the reports name: a report may name several, so the lines add up to more than the total. */
    public List<Line> publics() {
        return publics;
    }

    /** The events held that gave their report, in percent of the events held. */
    public double reportedShare() {
        return percent(totals.reported(), totals.held());
    }

    /** School pupils, in percent of the attendance. */
    public double pupilShare() {
        return percent(totals.pupils(), totals.attendance());
    }

    /** People per event that gave its report, to one decimal: the events without a report count no one. */
    public double averageAttendance() {
        return totals.reported() == 0 ? 0 : tenths(totals.attendance() * 10.0 / totals.reported());
    }

    /** The obligations met, in percent of those owed. */
    public double metShare() {
        return percent(totals.obligationsMet(), totals.obligations());
    }

    /** The obligations met on time, in percent of those met. */
    public double onTimeShare() {
        return percent(totals.obligationsOnTime(), totals.obligationsMet());
    }

    /** The obligations neither met nor late: their due day is still to come. */
    public long obligationsAwaited() {
        return totals.obligations() - totals.obligationsMet() - totals.obligationsLate();
    }

    /** A count of obligations, in percent of those owed: the obligations table's shares. */
    public double obligationShare(long count) {
        return percent(count, totals.obligations());
    }

    /** A line's attendance, in percent of the whole attendance. */
    public double attendanceShare(Line line) {
        return percent(line.attendance(), totals.attendance());
    }

    /** A line's events, in percent of the events held. */
    public double eventShare(Line line) {
        return percent(line.events(), totals.held());
    }

    /** The communes the map can draw: those whose centre is known. */
    public List<Place> locatedCommunes() {
        return communes.stream().filter(Place::isLocated).toList();
    }

    /** The communes' lines added up: every event held has one commune (or none given), so they give the totals. */
    public Line communesTotal() {
        return total(communes.stream().map(Place::line).toList());
    }

    /**
     * The months' lines added up: sessions, attendance, pupils and classes; not events, which count once in each month
     * they have a session in.
     */
    public Line monthsTotal() {
        return total(months);
    }

    /** Each column of the lines added up: a breakdown's total row, without key nor words. */
    public static Line total(List<Line> lines) {
        return new Line(
                null,
                null,
                sum(lines, Line::events),
                sum(lines, Line::reported),
                sum(lines, Line::sessions),
                sum(lines, Line::attendance),
                sum(lines, Line::pupils),
                sum(lines, Line::classes));
    }

    /** {@code part} in percent of {@code whole}, to one decimal; 0 of nothing. */
    static double percent(long part, long whole) {
        return whole == 0 ? 0 : tenths(part * 1000.0 / whole);
    }

    private static double tenths(double tenfold) {
        return Math.round(tenfold) / 10.0;
    }

    private static long sum(List<Line> lines, ToLongFunction<Line> column) {
        return lines.stream().mapToLong(column).sum();
    }
}
