package org.constellation.proposal;

/** Who answers the call. */
public enum OrganisationType {
    ASSOCIATION,
    SCHOOL,
    RESEARCH,
    MUSEUM_OR_VENUE,
    LOCAL_AUTHORITY,
    ARTIST,
    COMPANY,
    OTHER
}
