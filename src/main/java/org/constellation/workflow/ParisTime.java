package org.constellation.workflow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one time zone of every page, form and mail: the organisers', Europe/Paris. Moments are stored in UTC; whatever
 * shows one to a person goes through here (in Java, {@link #ZONE}; in a template, {@code @parisTime.day(...)},
 * {@code moment(...)} or {@code format(...)}), in the formats of {@link WrittenDates}.
 */
@Component("parisTime")
public class ParisTime {

    /** For annotations, which take a constant (a scheduled job's zone). */
    public static final String ZONE_ID = "Europe/Paris";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    /** A stored moment as Paris sees it. */
    public static ZonedDateTime of(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ZONE);
    }

    /** For templates: a stored moment's day in Paris, "12/10/2027"; empty for none. */
    public String day(OffsetDateTime moment) {
        return moment == null ? "" : WrittenDates.shortDay(moment);
    }

    /** For templates: a day, "12/10/2027"; empty for none. */
    public String day(LocalDate day) {
        return day == null ? "" : WrittenDates.SHORT_DAY.format(day);
    }

    /** For templates: a stored moment in Paris, "12/10/2027 20:00"; empty for none. */
    public String moment(OffsetDateTime moment) {
        return moment == null ? "" : WrittenDates.shortMoment(moment);
    }

    /** For templates: the moment in Paris time with a pattern of its own ("dd/MM/yyyy HH:mm:ss"); empty for none. */
    public String format(OffsetDateTime moment, String pattern) {
        return format(moment, pattern, Locale.FRENCH);
    }

    /** The same in the reader's language, for names of days and months. */
    public String format(OffsetDateTime moment, String pattern, Locale locale) {
        return moment == null ? "" : of(moment).format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
