package org.constellation.funding;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums of money in euros, kept as whole cents (a {@code long}: no rounding, no floating point), read as people type
 * them in French and written back as they read them, in one place so that what a page shows it reads back. Thousands
 * are grouped by spaces of any kind (a browser sends back the narrow no-break space the page showed), points or
 * apostrophes, one kind throughout; a decimal comma, or a point, has two decimals at most; a sign €, EUR or euros may
 * come before or after. So « 30 000 », « 30000 € », « 30.000 » and « 30 000,50 » are read, and « 1,234 » is refused
 * rather than guessed. Written: « 30 000 € », « 30 000,50 € » in French, and « €30,000.50 » in English.
 */
public final class Amounts {

    /** A thousand million euros, in cents: no call funds more, and a budget's sums stay far from a long's limit. */
    public static final long LARGEST = 100_000_000_000L;

    /** What is wrong with an amount as typed, and the code the pages word it by (call.error.*, validation.*). */
    public enum Problem {
        /** Not an amount in euros: letters, three decimals, thousands grouped unevenly. */
        MALFORMED("amount"),
        /** Below zero. */
        NEGATIVE("amountNegative"),
        /** Above {@link #LARGEST}. */
        TOO_LARGE("amountTooLarge");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** An amount read: its cents, or what is wrong with it (then the cents are 0). */
    public record Reading(long cents, Problem problem) {

        public boolean isAmount() {
            return problem == null;
        }
    }

    /** Longer than this, a text is no amount a person typed (and is never read further). */
    private static final int LONGEST = 40;
    /** More whole euros' digits than this is more than {@link #LARGEST}, whatever they are. */
    private static final int MOST_DIGITS = 12;

    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]+");
    /** The number between a sign € (or EUR, euros) before or after it. */
    private static final Pattern CURRENCY =
            Pattern.compile("(?:€ ?)?(.+?)(?: ?(?:€|eur|euros?))?", Pattern.CASE_INSENSITIVE);
    /** Whole euros, plain or grouped by threes with one separator throughout; then a comma or a point and cents. */
    private static final Pattern NUMBER =
            Pattern.compile("(\\d{1,3}(?:([ .'’])\\d{3})(?:\\2\\d{3})*|\\d+)(?:[,.](\\d{1,2}))?");

    private static final String NO_BREAK_SPACE = "\u00A0";

    private Amounts() {}

    /** An amount as typed; blank is no amount (a caller that allows none checks for blank first). */
    public static Reading read(String typed) {
        if (typed == null || typed.length() > LONGEST) {
            return new Reading(0, Problem.MALFORMED);
        }
        String text = SPACES.matcher(typed).replaceAll(" ").strip();
        boolean negative = text.startsWith("-") || text.startsWith("−");
        if (negative) {
            text = text.substring(1).strip();
        }
        Matcher currency = CURRENCY.matcher(text);
        Matcher number = NUMBER.matcher(currency.matches() ? currency.group(1) : text);
        if (!number.matches()) {
            return new Reading(0, Problem.MALFORMED);
        }
        String euros = number.group(1).replaceAll("\\D", "");
        if (euros.replaceFirst("^0+(?=.)", "").length() > MOST_DIGITS) {
            return new Reading(0, Problem.TOO_LARGE);
        }
        String decimals = number.group(3) == null ? "00" : (number.group(3) + "0").substring(0, 2);
        long cents = Long.parseLong(euros) * 100 + Integer.parseInt(decimals);
        if (cents > LARGEST) {
            return new Reading(0, Problem.TOO_LARGE);
        }
        if (negative && cents > 0) {
            return new Reading(0, Problem.NEGATIVE);
        }
        return new Reading(cents, null);
    }

    /** « 30 000 € », « 30 000,50 € » in French; « €30,000.50 » in English. */
    public static String written(long cents, Locale locale) {
        return english(locale)
                ? "€" + number(cents, Locale.ENGLISH)
                : number(cents, Locale.FRENCH) + NO_BREAK_SPACE + "€";
    }

    /** The same of euros as a file keeps them, 30000.50 ({@link #euros}). */
    public static String writtenEuros(BigDecimal euros, Locale locale) {
        return written(euros.movePointRight(2).longValueExact(), locale);
    }

    /** As a form shows an amount back, to be sent again: « 30 000 », « 30 000,50 », in French, without the sign. */
    public static String typed(long cents) {
        return number(cents, Locale.FRENCH);
    }

    /** Cents as euros, for a file that keeps machine values: 30000.50. */
    public static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Whole euros without decimals, cents with two: « 30 000 », « 30 000,50 ». */
    private static String number(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = cents % 100 == 0 ? 0 : 2;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(euros(cents));
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
