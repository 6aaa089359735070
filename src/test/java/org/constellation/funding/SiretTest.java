package org.constellation.funding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SIRETs as INSEE numbers them: two Luhn keys, and La Poste's own rule for its establishments. */
class SiretTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"73282932000074", "732 829 320 00074", "732\u202F829\u202F320\u00A000074", "44306184100047"})
    void aSiretWhoseKeysHoldIsReadToItsDigits(String typed) {
        assertThat(Siret.read(typed)).isEqualTo(typed.replaceAll("\\D", ""));
        assertThat(Siret.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "73282932000075",
                "7328293200007",
                "732829320000740",
                "7328293200007A",
                "732-829-320-00074",
                "",
                "SIRET",
                // The whole number's key holds, the SIREN's does not.
                "10000000000008",
                // Both keys hold, but no organisation is numbered 000 000 000.
                "00000000000000"
            })
    void aNumberWhoseKeyOrLengthIsWrongIsNoSiret(String typed) {
        assertThat(Siret.read(typed)).isNull();
        assertThat(Siret.isValid(typed)).isFalse();
    }

    @Test
    void nothingAndAnythingLongAreNoSiret() {
        assertThat(Siret.isValid(null)).isFalse();
        assertThat(Siret.isValid(" ".repeat(25) + "73282932000074")).isFalse();
    }

    /**
     * La Poste's establishments: the sum of the digits a multiple of five, whatever Luhn says; its head office: Luhn.
     */
    @Test
    void laPostesEstablishmentsFollowTheirOwnRule() {
        assertThat(Siret.isValid("35600000000048"))
                .as("the head office, by Luhn")
                .isTrue();
        assertThat(Siret.isValid("35600000000100"))
                .as("digits summing to 15, Luhn's key wrong")
                .isTrue();
        assertThat(Siret.isValid("356 000 000 00119"))
                .as("digits summing to 20")
                .isTrue();
        assertThat(Siret.isValid("35600000000014"))
                .as("Luhn's key right, digits summing to 18")
                .isFalse();
        assertThat(Siret.isValid("35600000000101")).as("digits summing to 16").isFalse();
    }

    @Test
    void aSiretIsWrittenAsInseeWritesIt() {
        assertThat(Siret.written("35600000000048")).isEqualTo("356 000 000 00048");
    }
}
