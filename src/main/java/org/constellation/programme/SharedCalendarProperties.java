package org.constellation.programme;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seasons' shared CalDAV calendars (constellation.programme.shared-calendars.{season-slug}.*).
 *
 * @param sharedCalendars per season slug: the calendar collection's URL (ending with /) and its account
 */
@ConfigurationProperties("constellation.programme")
public record SharedCalendarProperties(Map<String, Target> sharedCalendars) {

    public record Target(URI url, String username, String password) {}

    public Optional<Target> of(String seasonSlug) {
        return Optional.ofNullable(sharedCalendars == null ? null : sharedCalendars.get(seasonSlug));
    }
}
