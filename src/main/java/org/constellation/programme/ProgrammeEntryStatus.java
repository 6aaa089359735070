package org.constellation.programme;

public enum ProgrammeEntryStatus {
  /** Prepared by a reviewer, not yet in the feeds. */
  DRAFT,
  /** In the season's programme and calendar feed. */
  SCHEDULED,
  /** Withdrawn after publication: stays in the feed as cancelled so that calendars remove it. */
  CANCELLED
}
