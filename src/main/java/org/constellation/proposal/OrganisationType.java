package org.constellation.proposal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Who answers the call. */
public enum OrganisationType {
    ASSOCIATION,
    SCHOOL,
    RESEARCH,
    MUSEUM_OR_VENUE,
    LOCAL_AUTHORITY,
    ARTIST,
    COMPANY,
    OTHER;

    /**
     * The types that can only be a legal person, whose name and SIRET name nobody: an artist, a company (a sole trader)
     * or another may be a person. Erasure keeps their SIRET; the subsidies' open data publishes only them.
     */
    public static final Set<OrganisationType> LEGAL_PERSONS =
            Collections.unmodifiableSet(EnumSet.of(ASSOCIATION, SCHOOL, RESEARCH, MUSEUM_OR_VENUE, LOCAL_AUTHORITY));
}
