package org.constellation.call;

public enum CallStatus {
  /** Accepting proposals until the deadline. */
  OPEN,
  /** Deadline passed; the forum is being organised. */
  SUBMISSIONS_CLOSED,
  /** The forum of projects took place; programme entries are being prepared. */
  FORUM_HELD,
  /** The season's programme is public. */
  PROGRAMME_PUBLISHED
}
