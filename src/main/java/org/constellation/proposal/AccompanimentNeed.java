package org.constellation.proposal;

/** What the organising team can help with (DOMAIN.md, accompaniment). */
public enum AccompanimentNeed {
  SPEAKERS, AUDIENCES, FAB_LAB, MEDIA_LAB, BUDGET, FUNDING, EXHIBITION, INTRODUCTIONS
}
