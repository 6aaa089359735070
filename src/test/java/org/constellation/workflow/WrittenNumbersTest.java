package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WrittenNumbersTest {

    @Test
    void measuresHaveADecimalCommaAndNoUselessZero() {
        assertThat(WrittenNumbers.decimal(2.5)).isEqualTo("2,5");
        assertThat(WrittenNumbers.decimal(0.0)).isEqualTo("0");
        assertThat(WrittenNumbers.decimal(3.0)).isEqualTo("3");
        assertThat(WrittenNumbers.decimal(1.04)).isEqualTo("1");
    }

    @Test
    void anEnglishReaderGetsADecimalPoint() {
        assertThat(WrittenNumbers.decimal(3.75, Locale.ENGLISH)).isEqualTo("3.8");
        assertThat(WrittenNumbers.decimal(3.75, Locale.FRENCH)).isEqualTo("3,8");
    }

    @Test
    void daysAreSingularBelowTwoAndLessThanOneIsSaid() {
        assertThat(WrittenNumbers.days(0)).isEqualTo("moins d’un jour");
        assertThat(WrittenNumbers.days(1)).isEqualTo("1 jour");
        assertThat(WrittenNumbers.days(1.5)).isEqualTo("1,5 jour");
        assertThat(WrittenNumbers.days(12)).isEqualTo("12 jours");
    }
}
