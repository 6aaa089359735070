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
    /** Found eligible in a call with a jury: experts score it, the committee decides. */
    SELECTION,
    /** The committee put it on the waiting list: it moves up when a selected proposal withdraws. */
    WAITING_LIST,
    /** The committee did not select it. */
    NOT_SELECTED,
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

    /** Stopped short of the programme: found ineligible, closed without an answer, not selected, or withdrawn. */
    public static final Set<ProposalStatus> STOPPED =
            Collections.unmodifiableSet(EnumSet.of(INELIGIBLE, CLOSED_WITHOUT_ANSWER, NOT_SELECTED, WITHDRAWN));

    /** Nobody waits any more: stopped, or published (the event takes place without anyone's move). */
    public static final Set<ProposalStatus> ENDED = Collections.unmodifiableSet(
            EnumSet.of(INELIGIBLE, CLOSED_WITHOUT_ANSWER, NOT_SELECTED, PUBLISHED, WITHDRAWN));

    public boolean hasPassedEligibility() {
        return PASSED_ELIGIBILITY.contains(this);
    }

    public boolean isStopped() {
        return STOPPED.contains(this);
    }

    public boolean hasEnded() {
        return ENDED.contains(this);
    }
}
