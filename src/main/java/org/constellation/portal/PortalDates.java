package org.constellation.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;

/** Dates as the portal's readers expect them: in Paris time, written out in their language. */
@Component("portalDates")
public class PortalDates {


  public String day(LocalDate date, Locale locale) {
    return WrittenDates.day(date, locale);
  }

  public String day(OffsetDateTime moment, Locale locale) {
    return day(moment.atZoneSameInstant(ParisTime.ZONE).toLocalDate(), locale);
  }

  public String moment(OffsetDateTime moment, Locale locale) {
    return moment.atZoneSameInstant(ParisTime.ZONE)
        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale));
  }
}
