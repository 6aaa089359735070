package org.constellation.proposal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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

    /**
     * Found eligible, and not stopped since: the proposals matching may suggest as partners, those the forum invites
     * and its mails go to.
     */
    public static final Set<ProposalStatus> PASSED_ELIGIBILITY = Collections.unmodifiableSet(
            EnumSet.of(ACCOMPANIMENT, MATCHING, AWAITING_FORUM, PROGRAMME_ENTRY, PUBLISHED));

    public boolean hasPassedEligibility() {
        return PASSED_ELIGIBILITY.contains(this);
    }

    public boolean isFinal() {
        return this == INELIGIBLE || this == CLOSED_WITHOUT_ANSWER || this == WITHDRAWN;
    }
}
