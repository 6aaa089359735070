package org.constellation.funding;

import java.util.regex.Pattern;

/**
 * A SIRET, the number INSEE gives each establishment of an organisation: its SIREN (nine digits, the organisation) then
 * its NIC (five digits, the establishment), read with spaces or without. The SIREN ends with a Luhn key, and so does
 * the whole number; but La Poste has more establishments than one SIREN's keys can number, and INSEE numbers them by
 * another rule: the sum of their fourteen digits is a multiple of five. Its head office, 356 000 000 00048, is numbered
 * as any other establishment is.
 */
public final class Siret {

    static final String LA_POSTE = "356000000";
    static final String LA_POSTE_HEAD_OFFICE = "35600000000048";
    /** Longer than this, a text is no SIRET a person typed, even spaced out. */
    private static final int LONGEST = 30;

    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]+");
    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("\\d{14}");
    /** No organisation has the SIREN 000 000 000, though its keys hold. */
    private static final String NO_SIREN = "000000000";

    private Siret() {}

    /** The fourteen digits of a SIRET as typed (« 356 000 000 00048 »), or null when it is not a valid one. */
    public static String read(String typed) {
        if (typed == null || typed.length() > LONGEST) {
            return null;
        }
        String digits = SPACES.matcher(typed).replaceAll("");
        return FOURTEEN_DIGITS.matcher(digits).matches() && keysHold(digits) ? digits : null;
    }

    public static boolean isValid(String typed) {
        return read(typed) != null;
    }

    /** « 356 000 000 00048 »: the SIREN by threes, then the NIC, as INSEE writes it. */
    public static String written(String siret) {
        return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
                + siret.substring(9);
    }

    private static boolean keysHold(String digits) {
        if (digits.startsWith(NO_SIREN)) {
            return false;
        }
        if (digits.startsWith(LA_POSTE) && !digits.equals(LA_POSTE_HEAD_OFFICE)) {
            return digits.chars().map(digit -> digit - '0').sum() % 5 == 0;
        }
        return luhn(digits.substring(0, 9)) && luhn(digits);
    }

    /** Luhn's key: from the right, every second digit doubled (its digits added), the sum a multiple of ten. */
    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
