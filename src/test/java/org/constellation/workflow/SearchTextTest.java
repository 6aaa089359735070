package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void textIsComparedWithoutCapitalsAccentsOrLigatures() {
        assertThat(SearchText.of("Contes de la FORÊT")).isEqualTo("contes de la foret");
        assertThat(SearchText.of("L’Œuvre d’Ælis, Noël à Saint-Étienne"))
                .isEqualTo("l'oeuvre d'aelis, noel a saint-etienne");
        assertThat(SearchText.of("100 % ciel_étoilé"))
                .as("the pattern's characters stay, to be escaped")
                .isEqualTo("100 % ciel_etoile");
        assertThat(SearchText.of("한글")).as("Hangul keeps its syllables").isEqualTo("한글");
        assertThat(SearchText.of(null)).isEmpty();
    }

    /** Each part on its own line: words typed (never a line break, a control character) match within one part. */
    @Test
    void partsAreSearchedTogetherButNeverAcrossEachOther() {
        assertThat(SearchText.ofParts("CST-2027-0042", "Contes de la forêt", null))
                .isEqualTo("cst-2027-0042\ncontes de la foret\n");
    }
}
