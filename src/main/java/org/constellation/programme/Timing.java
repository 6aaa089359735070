package org.constellation.programme;

import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/** One session of an event: OpenAgenda's {@code timings} item, one occurrence in the calendar. */
@Embeddable
public record Timing(OffsetDateTime startsAt, OffsetDateTime endsAt) {}
