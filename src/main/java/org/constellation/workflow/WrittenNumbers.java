package org.constellation.workflow;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A number as a French reader writes it in a sentence: "10 001", "100 000" (a narrow space between thousands), "2,5" (a
 * decimal comma).
 */
public final class WrittenNumbers {

    private WrittenNumbers() {}

    public static String of(long number) {
        return NumberFormat.getIntegerInstance(Locale.FRENCH).format(number);
    }

    /** A measure to one decimal at most: "2,5", and "0" rather than "0.0". */
    public static String decimal(double number) {
        return decimal(number, Locale.FRENCH);
    }

    /** The same in the reader's language: "2,5" in French, "2.5" in English. */
    public static String decimal(double number, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(number);
    }

    /**
     * A count of days as French writes it: « moins d'un jour », « 1 jour », « 1,5 jour » (singular below two), « 12
     * jours ».
     */
    public static String days(double days) {
        if (days < 1) {
            return "moins d’un jour";
        }
        return decimal(days) + (days < 2 ? " jour" : " jours");
    }
}
