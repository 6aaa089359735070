package org.constellation.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts in words as an agreement writes them beside the figures, in French and in English. */
class AmountWordsTest {

    private static String french(long cents) {
        return AmountWords.of(cents, Locale.FRENCH);
    }

    @Test
    void frenchNumbersFollowTheTraditionalSpelling() {
        assertThat(AmountWords.frenchNumber(1)).isEqualTo("un");
        assertThat(AmountWords.frenchNumber(17)).isEqualTo("dix-sept");
        assertThat(AmountWords.frenchNumber(21)).isEqualTo("vingt et un");
        assertThat(AmountWords.frenchNumber(45)).isEqualTo("quarante-cinq");
        assertThat(AmountWords.frenchNumber(61)).isEqualTo("soixante et un");
        assertThat(AmountWords.frenchNumber(70)).isEqualTo("soixante-dix");
        assertThat(AmountWords.frenchNumber(71)).isEqualTo("soixante et onze");
        assertThat(AmountWords.frenchNumber(77)).isEqualTo("soixante-dix-sept");
        assertThat(AmountWords.frenchNumber(80)).isEqualTo("quatre-vingts");
        assertThat(AmountWords.frenchNumber(81)).isEqualTo("quatre-vingt-un");
        assertThat(AmountWords.frenchNumber(91)).isEqualTo("quatre-vingt-onze");
        assertThat(AmountWords.frenchNumber(99)).isEqualTo("quatre-vingt-dix-neuf");
        assertThat(AmountWords.frenchNumber(100)).isEqualTo("cent");
        assertThat(AmountWords.frenchNumber(200)).isEqualTo("deux cents");
        assertThat(AmountWords.frenchNumber(201)).isEqualTo("deux cent un");
        assertThat(AmountWords.frenchNumber(280)).isEqualTo("deux cent quatre-vingts");
        assertThat(AmountWords.frenchNumber(1000)).isEqualTo("mille");
        assertThat(AmountWords.frenchNumber(21_000)).isEqualTo("vingt et un mille");
        assertThat(AmountWords.frenchNumber(80_000)).isEqualTo("quatre-vingt mille");
        assertThat(AmountWords.frenchNumber(200_000)).isEqualTo("deux cent mille");
        assertThat(AmountWords.frenchNumber(1_000_000)).isEqualTo("un million");
        assertThat(AmountWords.frenchNumber(5_200)).isEqualTo("cinq mille deux cents");
        assertThat(AmountWords.frenchNumber(2_300_480))
                .isEqualTo("deux millions trois cent mille quatre cent quatre-vingts");
        assertThat(AmountWords.frenchNumber(280_000_000)).isEqualTo("deux cent quatre-vingts millions");
        assertThat(AmountWords.frenchNumber(2_512_300)).isEqualTo("deux millions cinq cent douze mille trois cents");
    }

    @Test
    void frenchAmountsSayEurosAndCentimes() {
        assertThat(french(2_500_000)).isEqualTo("vingt-cinq mille euros");
        assertThat(french(1_250_050)).isEqualTo("douze mille cinq cents euros et cinquante centimes");
        assertThat(french(100)).isEqualTo("un euro");
        assertThat(french(101)).isEqualTo("un euro et un centime");
        assertThat(french(45)).isEqualTo("quarante-cinq centimes");
        assertThat(french(0)).isEqualTo("zéro euro");
        assertThat(french(100_000_000)).isEqualTo("un million d’euros");
        assertThat(french(300_000_000)).isEqualTo("trois millions d’euros");
        assertThat(french(300_000_100)).isEqualTo("trois millions un euros");
        assertThat(french(Amounts.LARGEST)).isEqualTo("un milliard d’euros");
    }

    @Test
    void englishAmountsAreWrittenTheBritishWay() {
        assertThat(AmountWords.of(2_500_000, Locale.ENGLISH)).isEqualTo("twenty-five thousand euros");
        assertThat(AmountWords.of(1_250_050, Locale.ENGLISH))
                .isEqualTo("twelve thousand five hundred euros and fifty cents");
        assertThat(AmountWords.of(10_500, Locale.ENGLISH)).isEqualTo("one hundred and five euros");
        assertThat(AmountWords.of(205_000, Locale.ENGLISH)).isEqualTo("two thousand and fifty euros");
        assertThat(AmountWords.of(100, Locale.ENGLISH)).isEqualTo("one euro");
        assertThat(AmountWords.of(1, Locale.ENGLISH)).isEqualTo("one cent");
        assertThat(AmountWords.of(Amounts.LARGEST, Locale.ENGLISH)).isEqualTo("one billion euros");
    }

    @Test
    void nothingOutsideTheAmountsReadIsWritten() {
        assertThatThrownBy(() -> french(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> french(Amounts.LARGEST + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
