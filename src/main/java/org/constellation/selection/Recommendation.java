package org.constellation.selection;

/** An expert's recommendation to the committee, beside their scores. */
public enum Recommendation {
    SELECT,
    WAITING_LIST,
    REJECT
}
