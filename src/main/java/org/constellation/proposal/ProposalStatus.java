package org.constellation.proposal;

/** Where a proposal stands in its lifecycle; set by the proposal-lifecycle process as it moves on. */
public enum ProposalStatus {
    SUBMITTED,
    ELIGIBILITY_CHECK,
    INFORMATION_REQUESTED,
    INELIGIBLE,
    CLOSED_WITHOUT_ANSWER,
    ACCOMPANIMENT,
    MATCHING,
    AWAITING_FORUM,
    PROGRAMME_ENTRY,
    PUBLISHED,
    WITHDRAWN;

    /** Found eligible, and not ended since: the proposals matching may suggest as partners. */
    public boolean hasPassedEligibility() {
        return this == ACCOMPANIMENT
                || this == MATCHING
                || this == AWAITING_FORUM
                || this == PROGRAMME_ENTRY
                || this == PUBLISHED;
    }

    public boolean isFinal() {
        return this == INELIGIBLE || this == CLOSED_WITHOUT_ANSWER || this == WITHDRAWN;
    }
}
