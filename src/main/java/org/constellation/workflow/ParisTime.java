package org.constellation.workflow;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one time zone of every page, form and mail: the organisers', Europe/Paris. Moments are stored in UTC; whatever
 * shows one to a person goes through here (in Java, {@link #ZONE}; in a template, {@code @parisTime.format(...)}).
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

    /** For templates: the moment in Paris time with the given pattern ("dd/MM/yyyy HH:mm"); empty for none. */
    public String format(OffsetDateTime moment, String pattern) {
        return format(moment, pattern, Locale.FRENCH);
    }

    /** The same in the reader's language, for names of days and months. */
    public String format(OffsetDateTime moment, String pattern, Locale locale) {
        return moment == null ? "" : of(moment).format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
