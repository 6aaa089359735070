package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountInWordsTest {

    @Test
    void numbersAsAPaymentOrderWritesThem() {
        assertThat(AmountInWords.number(0)).isEqualTo("zéro");
        assertThat(AmountInWords.number(16)).isEqualTo("seize");
        assertThat(AmountInWords.number(21)).isEqualTo("vingt et un");
        assertThat(AmountInWords.number(71)).isEqualTo("soixante et onze");
        assertThat(AmountInWords.number(77)).isEqualTo("soixante-dix-sept");
        assertThat(AmountInWords.number(80)).isEqualTo("quatre-vingts");
        assertThat(AmountInWords.number(81)).isEqualTo("quatre-vingt-un");
        assertThat(AmountInWords.number(91)).isEqualTo("quatre-vingt-onze");
        assertThat(AmountInWords.number(100)).isEqualTo("cent");
        assertThat(AmountInWords.number(200)).isEqualTo("deux cents");
        assertThat(AmountInWords.number(201)).isEqualTo("deux cent un");
        assertThat(AmountInWords.number(1000)).isEqualTo("mille");
        assertThat(AmountInWords.number(1001)).isEqualTo("mille un");
        assertThat(AmountInWords.number(80_000)).isEqualTo("quatre-vingt mille");
        assertThat(AmountInWords.number(200_000)).isEqualTo("deux cent mille");
        assertThat(AmountInWords.number(5_200)).isEqualTo("cinq mille deux cents");
        assertThat(AmountInWords.number(1_000_000)).isEqualTo("un million");
        assertThat(AmountInWords.number(2_300_480))
                .isEqualTo("deux millions trois cent mille quatre cent quatre-vingts");
    }

    @Test
    void eurosAndCents() {
        assertThat(AmountInWords.of(500_000)).isEqualTo("cinq mille euros");
        assertThat(AmountInWords.of(100)).isEqualTo("un euro");
        assertThat(AmountInWords.of(101)).isEqualTo("un euro et un centime");
        assertThat(AmountInWords.of(520_050)).isEqualTo("cinq mille deux cents euros et cinquante centimes");
        assertThat(AmountInWords.of(99)).isEqualTo("zéro euro et quatre-vingt-dix-neuf centimes");
        assertThat(AmountInWords.of(100_000_000)).isEqualTo("un million d'euros");
    }
}
