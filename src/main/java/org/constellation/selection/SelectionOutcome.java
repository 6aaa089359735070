package org.constellation.selection;

/** What the committee decides for a proposal (and what the ranking proposes to it). */
public enum SelectionOutcome {
    /** Retenue. */
    SELECTED,
    /** Sur liste d'attente: moves up when a selected proposal withdraws. */
    WAITING_LIST,
    /** Non retenue. */
    NOT_SELECTED
}
