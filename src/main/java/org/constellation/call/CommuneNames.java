package org.constellation.call;

import java.text.Normalizer;
import java.util.Locale;

/** People write "St Martin d'Heres" for "Saint-Martin-d'Hères": compare commune names loosely. */
final class CommuneNames {

    private CommuneNames() {}

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        return (" " + words + " ")
                .replace(" st ", " saint ")
                .replace(" ste ", " sainte ")
                .trim();
    }
}
