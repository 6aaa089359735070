package org.constellation.subsidy;

import java.util.ArrayList;
import java.util.List;

/**
 * A sum in euros written out in French words, as a payment order repeats its figures (« cinq mille deux cents euros et
 * cinquante centimes »), for the finance department's form, which is in French as the staff tools are. The spelling is
 * the traditional one: hyphens below a hundred only, « et » in « vingt et un » and « soixante et onze », «
 * quatre-vingts » and « deux cents » with their s when nothing follows, « mille » invariable, « un million » a noun
 * ({@code AmountInWordsTest}).
 */
public final class AmountInWords {

    private static final String[] UNITS = {
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf"
    };
    private static final String[] TENS = {
        "", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"
    };

    private AmountInWords() {}

    /** « mille euros », « un euro et un centime », « zéro euro » for cents. */
    public static String of(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("A sum paid is never negative: " + cents);
        }
        long euros = cents / 100;
        int remainder = (int) (cents % 100);
        // « un million d'euros », a noun; « un million deux cents euros ».
        String unit = euros >= 1_000_000 && euros % 1_000_000 == 0 ? " d'euros" : euros > 1 ? " euros" : " euro";
        String whole = number(euros) + unit;
        if (remainder == 0) {
            return whole;
        }
        return whole + " et " + number(remainder) + (remainder > 1 ? " centimes" : " centime");
    }

    /** A whole number in words, up to the thousands of millions a call ever funds. */
    static String number(long n) {
        if (n == 0) {
            return UNITS[0];
        }
        List<String> parts = new ArrayList<>();
        long billions = n / 1_000_000_000;
        long millions = n / 1_000_000 % 1000;
        long thousands = n / 1000 % 1000;
        int rest = (int) (n % 1000);
        if (billions > 0) {
            parts.add(belowThousand((int) billions, false) + (billions > 1 ? " milliards" : " milliard"));
        }
        if (millions > 0) {
            parts.add(belowThousand((int) millions, false) + (millions > 1 ? " millions" : " million"));
        }
        if (thousands > 0) {
            // « mille », never « un mille »; the hundreds before it keep no s (« deux cent mille »).
            parts.add(thousands == 1 ? "mille" : belowThousand((int) thousands, true) + " mille");
        }
        if (rest > 0) {
            parts.add(belowThousand(rest, false));
        }
        return String.join(" ", parts);
    }

    /** 1 to 999; {@code beforeMille}: the plural s of « cents » and « quatre-vingts » drops before « mille ». */
    private static String belowThousand(int n, boolean beforeMille) {
        int hundreds = n / 100;
        int rest = n % 100;
        StringBuilder words = new StringBuilder();
        if (hundreds > 0) {
            words.append(hundreds == 1 ? "cent" : UNITS[hundreds] + " cent");
            if (hundreds > 1 && rest == 0 && !beforeMille) {
                words.append('s');
            }
        }
        if (rest > 0) {
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(belowHundred(rest, beforeMille));
        }
        return words.toString();
    }

    private static String belowHundred(int n, boolean beforeMille) {
        if (n < 20) {
            return UNITS[n];
        }
        int tens = n / 10;
        int unit = n % 10;
        if (tens == 7 || tens == 9) {
            // soixante-dix, soixante et onze, quatre-vingt-dix, quatre-vingt-onze
            int teen = 10 + unit;
            return TENS[tens] + (tens == 7 && unit == 1 ? " et " : "-") + UNITS[teen];
        }
        if (unit == 0) {
            return tens == 8 && !beforeMille ? "quatre-vingts" : TENS[tens];
        }
        if (unit == 1 && tens != 8) {
            return TENS[tens] + " et un";
        }
        return TENS[tens] + "-" + UNITS[unit];
    }
}
