package org.constellation.call;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a selected or labelled project of the call must do (issue 31, part 2), in words, with the evidence its kind asks
 * for and when it is due: {@code offsetDays} days before the event's first session, or after its last.
 */
@Embeddable
public record CallObligation(
        String label,
        @Enumerated(EnumType.STRING) Kind kind,
        int offsetDays,
        @Enumerated(EnumType.STRING) Relative relativeTo) {

    /** The evidence an obligation asks for. */
    public enum Kind {
        /** An article published about the project: its address, which must answer. */
        ARTICLE,
        /** The event's announcement in an agenda: its address, which must answer. */
        ANNOUNCEMENT,
        /** A photo showing the communication kit at the event. */
        PHOTO,
        /** Anything else, said in a short text. */
        OTHER;

        /** Whether the evidence is an address to check. */
        public boolean isAddress() {
            return this == ARTICLE || this == ANNOUNCEMENT;
        }
    }

    /** What the due date counts from. */
    public enum Relative {
        /** The day of the event's first session, counting back. */
        BEFORE,
        /** The day of the event's last session, counting on. */
        AFTER
    }
}
