package org.constellation.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    /** "26 janvier 2027 à 23:59", "26 January 2027 at 23:59": as the days, with the hour. */
    public String moment(OffsetDateTime moment, Locale locale) {
        return WrittenDates.moment(ParisTime.of(moment).toLocalDateTime(), locale);
    }
}
