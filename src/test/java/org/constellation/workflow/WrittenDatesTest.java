package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
