package org.constellation.proposal;

/** What the organising team can help with (DOMAIN.md, accompaniment). */
public enum AccompanimentNeed {
    ROOM,
    SPEAKERS,
    AUDIENCES,
    FAB_LAB,
    MEDIA_LAB,
    STAFF,
    BUDGET,
    FUNDING,
    EXHIBITION,
    INTRODUCTIONS
}
