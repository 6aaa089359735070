package org.constellation.programme;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/** What the season's shared calendar holds of one entry: the sequence and state last written there. */
@Entity
public class SharedCalendarEvent {

    @Embeddable
    public record Key(Long seasonId, String uid) {}

    @EmbeddedId
    private Key key;

    private int sequence;

    @Enumerated(EnumType.STRING)
    private ProgrammeEntryStatus status;

    private OffsetDateTime pushedAt;

    protected SharedCalendarEvent() {}

    SharedCalendarEvent(Key key) {
        this.key = key;
    }

    /** Whether the shared calendar shows {@code entry} as released: same sequence, same state. */
    public boolean holds(PublishedEntry entry) {
        return sequence == entry.sequence() && status == entry.status();
    }

    void pushed(PublishedEntry entry, OffsetDateTime now) {
        sequence = entry.sequence();
        status = entry.status();
        pushedAt = now;
    }

    public Key getKey() {
        return key;
    }

    public int getSequence() {
        return sequence;
    }

    public ProgrammeEntryStatus getStatus() {
        return status;
    }

    public OffsetDateTime getPushedAt() {
        return pushedAt;
    }
}
