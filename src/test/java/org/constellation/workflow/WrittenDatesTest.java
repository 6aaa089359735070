package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WrittenDatesTest {

    @Test
    void daysAreWrittenAsReadersWriteThem() {
        assertThat(WrittenDates.day(LocalDate.of(2027, 9, 1), Locale.FRENCH)).isEqualTo("1er septembre 2027");
        assertThat(WrittenDates.day(LocalDate.of(2028, 8, 31), Locale.FRENCH)).isEqualTo("31 août 2028");
        assertThat(WrittenDates.day(LocalDate.of(2027, 9, 1), Locale.ENGLISH)).isEqualTo("1 September 2027");
        assertThat(WrittenDates.day(null, Locale.FRENCH)).isNull();
    }

    @Test
    void momentsAreADayAndItsHour() {
        assertThat(WrittenDates.moment(LocalDateTime.of(2027, 1, 26, 23, 59), Locale.FRENCH))
                .isEqualTo("26 janvier 2027 à 23:59");
        assertThat(WrittenDates.moment(LocalDateTime.of(2027, 2, 1, 9, 5), Locale.ENGLISH))
                .isEqualTo("1 February 2027 at 09:05");
    }

    @Test
    void delaysAreWrittenAsConfiguredInWords() {
        assertThat(WrittenDates.period(Period.parse("P18M"), Locale.FRENCH)).isEqualTo("18 mois");
        assertThat(WrittenDates.period(Period.parse("P1Y6M"), Locale.FRENCH)).isEqualTo("1 an et 6 mois");
        assertThat(WrittenDates.period(Period.parse("P2Y1M3D"), Locale.FRENCH)).isEqualTo("2 ans, 1 mois et 3 jours");
        assertThat(WrittenDates.period(Period.parse("P2W"), Locale.FRENCH)).isEqualTo("14 jours");
        assertThat(WrittenDates.period(Period.parse("P1D"), Locale.FRENCH)).isEqualTo("1 jour");
        assertThat(WrittenDates.period(Period.ZERO, Locale.FRENCH)).isEqualTo("0 jour");
        assertThat(WrittenDates.period(Period.parse("P1Y6M"), Locale.ENGLISH)).isEqualTo("1 year and 6 months");
        assertThat(WrittenDates.period(Period.parse("P7D"), Locale.ENGLISH)).isEqualTo("7 days");
        assertThat(WrittenDates.period(Period.parse("P1M"), Locale.ENGLISH)).isEqualTo("1 month");
    }
}
