package org.constellation.workflow;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text as a search compares it, so that « Contes de la forêt » is found from "foret" and "L’Œuvre" from "l'oeuvre":
 * lower case, accents dropped, ligatures and typographic apostrophes plain. Worked out in Java, stored beside what it
 * is made of, and compared there with a plain LIKE: the same on PostgreSQL and H2, with no extension to install.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * Between the searched parts: a search never holds it (a control character is refused as a filter), so words typed
     * never match across two parts.
     */
    private static final String BETWEEN = "\n";

    private SearchText() {}

    /** One text as it is searched for, or compared. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace('’', '\'');
        // Accents apart from their letters, dropped, then the rest composed again (Hangul syllables, for one).
        return Normalizer.normalize(
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll(""), Normalizer.Form.NFC);
    }

    /** Several parts (a reference, a title, a name) searched together, each on its own; a missing part is empty. */
    public static String ofParts(String... parts) {
        return Arrays.stream(parts).map(SearchText::of).collect(Collectors.joining(BETWEEN));
    }
}
