package org.constellation.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An amount in words, as an agreement or a payment order writes it beside the figures so that neither can be altered
 * alone: « vingt-cinq mille euros », « quatre-vingt mille euros et cinquante centimes », « un million d’euros »; in
 * English « twenty-five thousand euros and fifty cents ». French follows the traditional spelling (« vingt et un », «
 * quatre-vingts », « deux cents » but « deux cent mille », « mille » invariable). Up to {@link Amounts#LARGEST}.
 */
public final class AmountWords {

    private static final String[] FRENCH_UNITS =
            "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split(" ");
    /** The tens up to sixty; seventy and ninety are counted on from sixty and eighty. */
    private static final String[] FRENCH_TENS = " dix vingt trente quarante cinquante soixante".split(" ");

    private static final String[] ENGLISH_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve"
                    + " thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
            .split(" ");
    private static final String[] ENGLISH_TENS =
            " ten twenty thirty forty fifty sixty seventy eighty ninety".split(" ");

    private AmountWords() {}

    /** The amount in the reader's language: English for English, French otherwise. */
    public static String of(long cents, Locale locale) {
        if (cents < 0 || cents > Amounts.LARGEST) {
            throw new IllegalArgumentException("No amount in words for " + cents + " cents");
        }
        return "en".equals(locale.getLanguage()) ? english(cents) : french(cents);
    }

    private static String french(long cents) {
        long euros = cents / 100;
        int rest = (int) (cents % 100);
        String centimes = frenchNumber(rest) + (rest > 1 ? " centimes" : " centime");
        if (euros == 0 && rest > 0) {
            return centimes;
        }
        String number = frenchNumber(euros);
        // « un million d’euros »: a million and a milliard are nouns, which take « de ».
        boolean noun = number.matches(".*milli(on|ard)s?");
        String currency = noun ? " d’euros" : euros > 1 ? " euros" : " euro";
        return number + currency + (rest > 0 ? " et " + centimes : "");
    }

    /** A whole number in French words. */
    static String frenchNumber(long number) {
        if (number == 0) {
            return FRENCH_UNITS[0];
        }
        List<String> words = new ArrayList<>();
        int milliards = (int) (number / 1_000_000_000);
        int millions = (int) (number / 1_000_000 % 1000);
        int thousands = (int) (number / 1000 % 1000);
        int units = (int) (number % 1000);
        if (milliards > 0) {
            words.add(frenchBelowThousand(milliards, true) + (milliards > 1 ? " milliards" : " milliard"));
        }
        if (millions > 0) {
            words.add(frenchBelowThousand(millions, true) + (millions > 1 ? " millions" : " million"));
        }
        if (thousands > 0) {
            // « mille », never « un mille »; before it « cent » and « quatre-vingt » take no s.
            words.add(thousands == 1 ? "mille" : frenchBelowThousand(thousands, false) + " mille");
        }
        if (units > 0) {
            words.add(frenchBelowThousand(units, true));
        }
        return String.join(" ", words);
    }

    /** 1 to 999; {@code plural} when « cents » and « quatre-vingts » may take their s (they end the number). */
    private static String frenchBelowThousand(int number, boolean plural) {
        int hundreds = number / 100;
        int rest = number % 100;
        if (hundreds == 0) {
            return frenchBelowHundred(rest, plural);
        }
        String hundred = hundreds == 1 ? "cent" : FRENCH_UNITS[hundreds] + " cent" + (rest == 0 && plural ? "s" : "");
        return rest == 0 ? hundred : hundred + " " + frenchBelowHundred(rest, plural);
    }

    /** 1 to 99: « vingt et un », « soixante et onze », « quatre-vingt-un », « quatre-vingt-onze ». */
    private static String frenchBelowHundred(int number, boolean plural) {
        if (number <= 16) {
            return FRENCH_UNITS[number];
        }
        if (number < 20) {
            return "dix-" + FRENCH_UNITS[number - 10];
        }
        int tens = number / 10;
        int unit = number % 10;
        if (tens == 7) {
            return number == 71 ? "soixante et onze" : "soixante-" + frenchBelowHundred(number - 60, plural);
        }
        if (tens == 8 || tens == 9) {
            int rest = number - 80;
            if (rest == 0) {
                return plural ? "quatre-vingts" : "quatre-vingt";
            }
            return "quatre-vingt-" + frenchBelowHundred(rest, plural);
        }
        String ten = FRENCH_TENS[tens];
        if (unit == 0) {
            return ten;
        }
        return unit == 1 ? ten + " et un" : ten + "-" + FRENCH_UNITS[unit];
    }

    private static String english(long cents) {
        long euros = cents / 100;
        int rest = (int) (cents % 100);
        String centsWords = englishNumber(rest) + (rest == 1 ? " cent" : " cents");
        if (euros == 0 && rest > 0) {
            return centsWords;
        }
        return englishNumber(euros) + (euros == 1 ? " euro" : " euros") + (rest > 0 ? " and " + centsWords : "");
    }

    /** A whole number in British English words: « one hundred and five », « two thousand and fifty ». */
    static String englishNumber(long number) {
        if (number == 0) {
            return ENGLISH_UNITS[0];
        }
        List<String> words = new ArrayList<>();
        long[] scales = {1_000_000_000, 1_000_000, 1000};
        String[] names = {" billion", " million", " thousand"};
        long left = number;
        for (int i = 0; i < scales.length; i++) {
            int group = (int) (left / scales[i]);
            if (group > 0) {
                words.add(englishBelowThousand(group) + names[i]);
                left %= scales[i];
            }
        }
        if (left > 0) {
            words.add((!words.isEmpty() && left < 100 ? "and " : "") + englishBelowThousand((int) left));
        }
        return String.join(" ", words);
    }

    private static String englishBelowThousand(int number) {
        int hundreds = number / 100;
        int rest = number % 100;
        String below = rest == 0
                ? ""
                : rest < 20
                        ? ENGLISH_UNITS[rest]
                        : ENGLISH_TENS[rest / 10] + (rest % 10 == 0 ? "" : "-" + ENGLISH_UNITS[rest % 10]);
        if (hundreds == 0) {
            return below;
        }
        return ENGLISH_UNITS[hundreds] + " hundred" + (rest == 0 ? "" : " and " + below);
    }
}
