package org.constellation.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A day as its readers write it: "1er septembre 2027", "12 octobre 2027"; "1 September 2027" in English. A delay too:
 * "18 mois", "1 an et 6 mois"; "18 months". And the team's short forms, in tables, exports and the facts of mails:
 * "12/10/2027", "12/10/2027 20:00": code takes these rather than writing a pattern out, and templates reach them
 * through {@link ParisTime}.
 */
public final class WrittenDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    /** An hour of the day: "20:00". */
    public static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    /** A day in short: "12/10/2027". */
    public static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A day and its hour in short: "12/10/2027 20:00". */
    public static final DateTimeFormatter SHORT_MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private WrittenDates() {}

    public static String day(LocalDate date, Locale locale) {
        if (date == null) {
            return null;
        }
        String written = date.format(DAY.withLocale(locale));
        // French writes the first of the month as an ordinal.
        return french(locale) && date.getDayOfMonth() == 1 ? "1er" + written.substring(1) : written;
    }

    /** A day and its hour: "26 janvier 2027 à 23:59", "26 January 2027 at 23:59". */
    public static String moment(LocalDateTime moment, Locale locale) {
        if (moment == null) {
            return null;
        }
        return day(moment.toLocalDate(), locale) + (french(locale) ? " à " : " at ") + moment.format(HOUR);
    }

    /** A stored moment's day in Paris, in short: "12/10/2027". */
    public static String shortDay(OffsetDateTime moment) {
        return moment == null ? null : SHORT_DAY.format(ParisTime.of(moment));
    }

    /** A stored moment in Paris, in short: "12/10/2027 20:00". */
    public static String shortMoment(OffsetDateTime moment) {
        return moment == null ? null : SHORT_MOMENT.format(ParisTime.of(moment));
    }

    /** A delay in years, months and days, as configured (P18M is "18 mois", not "1 an et 6 mois"). */
    public static String period(Period period, Locale locale) {
        if (period == null) {
            return null;
        }
        boolean french = french(locale);
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(unit(period.getYears(), french, french ? "an" : "year", french ? "ans" : "years"));
        }
        if (period.getMonths() != 0) {
            parts.add(unit(period.getMonths(), french, french ? "mois" : "month", french ? "mois" : "months"));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(unit(period.getDays(), french, french ? "jour" : "day", french ? "jours" : "days"));
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + (french ? " et " : " and ") + last;
    }

    private static String unit(int count, boolean french, String one, String many) {
        // French keeps the singular for 0 and 1, English for 1 alone.
        boolean singular = french ? Math.abs(count) <= 1 : Math.abs(count) == 1;
        return count + " " + (singular ? one : many);
    }

    private static boolean french(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }
}
