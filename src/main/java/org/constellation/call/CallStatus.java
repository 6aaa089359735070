package org.constellation.call;

public enum CallStatus {
    /** Being set up by coordinators; nobody else sees it. */
    DRAFT,
    /** Opened by coordinators, waiting for its opening date (a timer of call-lifecycle). */
    SCHEDULED,
    /** Accepting proposals until the deadline. */
    OPEN,
    /** Deadline passed; the forum is being organised. */
    SUBMISSIONS_CLOSED,
    /** The forum of projects took place; programme entries are being prepared. */
    FORUM_HELD,
    /** The season's programme is public. */
    PROGRAMME_PUBLISHED;

    /** The forum of projects took place: a proposal that reaches it later does not wait for it. */
    public boolean hasHeldForum() {
        return this == FORUM_HELD || this == PROGRAMME_PUBLISHED;
    }
}
