package org.constellation.selection;

/** Where an expert's seat on a proposal stands. */
public enum AssignmentState {
    /** Drawn; the expert has not yet declared their interests. */
    ASSIGNED,
    /** « Aucun conflit » declared: the expert reads the proposal and scores it. */
    DECLARED,
    /** The scores are in. */
    SCORED,
    /** The expert declared a conflict of interest and withdrew (déport), time-stamped; a replacement is drawn. */
    WITHDRAWN,
    /** A coordinator recused the expert (the expert is not told why); a replacement is drawn. */
    RECUSED,
    /** A coordinator replaced the expert, with a reason. */
    REPLACED,
    /** The deadline passed without scores and the coordinators went on without them. */
    MISSED;

    /** Ended before any score: the seat went to someone else. */
    public boolean leftTheSeat() {
        return this == WITHDRAWN || this == RECUSED || this == REPLACED;
    }

    public boolean isOpen() {
        return this == ASSIGNED || this == DECLARED;
    }
}
