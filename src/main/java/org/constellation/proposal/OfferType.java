package org.constellation.proposal;

/** What a contribution lends to other projects. */
public enum OfferType {
    ROOM,
    EXHIBITION,
    ACTIVITY,
    STAFF,
    SKILLS
}
