package org.constellation.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as its readers write it: "1er septembre 2027", "12 octobre 2027"; "1 September 2027" in English. */
public final class WrittenDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private WrittenDates() {}

  public static String day(LocalDate date, Locale locale) {
    if (date == null) {
      return null;
    }
    String written = date.format(DAY.withLocale(locale));
    // French writes the first of the month as an ordinal.
    return "fr".equals(locale.getLanguage()) && date.getDayOfMonth() == 1 ? "1er" + written.substring(1) : written;
  }
}
