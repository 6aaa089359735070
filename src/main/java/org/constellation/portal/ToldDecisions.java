package org.constellation.portal;

import java.util.Locale;
import java.util.Optional;
import org.constellation.eligibility.EligibilityRecords;
import org.constellation.proposal.Proposal;
import org.constellation.selection.DecisionNotices;
import org.springframework.stereotype.Component;

/**
 * The decisions the holder was told about their proposal, in the order they come: eligibility (what was asked, why it
 * was refused, how to contest), then the selection committee's, with its notice.
 */
@Component
class ToldDecisions {

    private final EligibilityRecords eligibility;
    private final DecisionNotices notices;

    ToldDecisions(EligibilityRecords eligibility, DecisionNotices notices) {
        this.eligibility = eligibility;
        this.notices = notices;
    }

    EligibilityRecords.Told eligibility(Proposal proposal, Locale locale) {
        return eligibility.told(proposal, locale);
    }

    Optional<TrackingView.SelectionDecision> selection(Proposal proposal) {
        return notices.decisionOf(proposal)
                .map(decision -> new TrackingView.SelectionDecision(decision.getOutcome(), decision.getMotivation()));
    }

    Optional<byte[]> selectionNotice(Proposal proposal) {
        return notices.notice(proposal);
    }
}
