package org.constellation.proposal;

/** A project ready to be built, an idea looking for partners, or a contribution (room, exhibition, staff...). */
public enum ProposalKind {
    PROJECT,
    INTENTION,
    CONTRIBUTION
}
