package org.constellation.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts as people type them in French, and as the pages write them back. */
class AmountsTest {

    static long cents(String typed) {
        Amounts.Reading reading = Amounts.read(typed);
        assertThat(reading.isAmount()).as(typed).isTrue();
        return reading.cents();
    }

    static Amounts.Problem problem(String typed) {
        Amounts.Reading reading = Amounts.read(typed);
        assertThat(reading.isAmount()).as(typed).isFalse();
        assertThat(reading.cents()).isZero();
        return reading.problem();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "30000|3000000",
                "30 000|3000000",
                "30\u00A0000|3000000",
                "30\u202F000|3000000",
                "30 000,50|3000050",
                "30 000,5|3000050",
                "30000.50|3000050",
                "30 000.50|3000050",
                "30.000|3000000",
                "1.234.567,89|123456789",
                "1’234|123400",
                "30000 €|3000000",
                "30000€|3000000",
                "€ 30 000|3000000",
                "30 000 euros|3000000",
                "30 000 EUR|3000000",
                "  12 000,00  |1200000",
                "0|0",
                "0,01|1",
                "007|700",
                "-0|0",
                "1 000 000 000|100000000000"
            })
    void aSumTypedInFrenchIsReadToTheCent(String typed, long expected) {
        assertThat(cents(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "€",
                "douze mille",
                "12k",
                "1,234",
                "1.2345",
                "12,345",
                "30 00",
                "3 0000",
                "1 234.567",
                "1.234 567",
                "12,",
                ",50",
                "1e5",
                "0x10",
                "30 000 €€",
                "12 000 000 000 000 000 000 000 000 000 000 000"
            })
    void anythingElseIsMalformed(String typed) {
        assertThat(problem(typed)).isEqualTo(Amounts.Problem.MALFORMED);
    }

    @Test
    void noTextIsNoAmount() {
        assertThat(problem(null)).isEqualTo(Amounts.Problem.MALFORMED);
    }

    @Test
    void aSumBelowZeroIsRefusedAsSuch() {
        assertThat(problem("-500")).isEqualTo(Amounts.Problem.NEGATIVE);
        assertThat(problem("− 1 200,50 €")).isEqualTo(Amounts.Problem.NEGATIVE);
        assertThat(problem("-abc")).isEqualTo(Amounts.Problem.MALFORMED);
    }

    @Test
    void aSumAboveAThousandMillionEurosIsTooLarge() {
        assertThat(problem("1 000 000 000,01")).isEqualTo(Amounts.Problem.TOO_LARGE);
        assertThat(problem("9999999999999")).isEqualTo(Amounts.Problem.TOO_LARGE);
        assertThat(problem("99999999999999999999999999")).isEqualTo(Amounts.Problem.TOO_LARGE);
        assertThat(cents("0000000000000000001")).isEqualTo(100);
    }

    /** French groups thousands with a narrow no-break space and keeps the sign after a no-break space. */
    @Test
    void aSumIsWrittenAsItsReaderWritesIt() {
        assertThat(Amounts.written(3_000_000, Locale.FRENCH)).isEqualTo("30\u202F000\u00A0€");
        assertThat(Amounts.written(3_000_050, Locale.FRENCH)).isEqualTo("30\u202F000,50\u00A0€");
        assertThat(Amounts.written(5, Locale.FRENCH)).isEqualTo("0,05\u00A0€");
        assertThat(Amounts.written(3_000_050, Locale.ENGLISH)).isEqualTo("€30,000.50");
        assertThat(Amounts.written(3_000_000, Locale.UK)).isEqualTo("€30,000");
        assertThat(Amounts.written(3_000_000, Locale.GERMAN))
                .as("a language without words of its own reads French")
                .isEqualTo("30\u202F000\u00A0€");
    }

    @Test
    void whatAFormShowsBackIsReadAgainToTheSameSum() {
        for (long sum : new long[] {0, 1, 99, 100, 123_456_789, 2_300_000, Amounts.LARGEST}) {
            assertThat(Amounts.typed(sum)).doesNotContain("€");
            assertThat(cents(Amounts.typed(sum))).isEqualTo(sum);
            assertThat(cents(Amounts.written(sum, Locale.FRENCH))).isEqualTo(sum);
        }
        assertThat(Amounts.typed(2_300_000)).isEqualTo("23\u202F000");
    }

    @Test
    void aFileKeepsEurosAndItsPageWritesThem() {
        assertThat(Amounts.euros(3_000_050)).isEqualTo(new BigDecimal("30000.50"));
        assertThat(Amounts.writtenEuros(Amounts.euros(3_000_050), Locale.FRENCH))
                .isEqualTo(Amounts.written(3_000_050, Locale.FRENCH));
    }
}
