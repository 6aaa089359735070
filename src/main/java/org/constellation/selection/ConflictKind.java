package org.constellation.selection;

/** What an expert declares before reading a proposal (issue 30; CGCT L2131-11, code pénal 432-12). */
public enum ConflictKind {
    NONE,
    SAME_ORGANISATION,
    PARTNER,
    PERSONAL_TIE,
    ELECTED_INTEREST,
    OTHER
}
