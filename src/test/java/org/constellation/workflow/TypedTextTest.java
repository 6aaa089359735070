package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void lineBreaksAndTabsAreTextHiddenCharactersAreNot() {
        assertThat(TypedText.hasHiddenCharacters("Deux projets solides,\r\n\tancrés dans leur quartier."))
                .isFalse();
        assertThat(TypedText.hasHiddenCharacters(null)).isFalse();
        assertThat(TypedText.hasHiddenCharacters("motif\u0000")).isTrue();
        assertThat(TypedText.hasHiddenCharacters("motif\u001b[31m")).isTrue();
        assertThat(TypedText.hasHiddenCharacters("une\u2028ligne")).isTrue();
    }
}
