package org.constellation.portal;

import java.util.Locale;
import java.util.Optional;
import org.constellation.eligibility.EligibilityRecords;
import org.constellation.label.LabelRecords;
import org.constellation.proposal.Proposal;
import org.constellation.selection.DecisionNotices;
import org.constellation.subsidy.AgreementRecords;
import org.constellation.subsidy.AwardRecords;
import org.springframework.stereotype.Component;

/**
 * The decisions the holder was told about their proposal, in the order they come: eligibility (what was asked, why it
 * was refused, how to contest), then the selection committee's, with its notice, then a labelling call's label (its kit
 * and attestation to download, or why it was withdrawn), a subsidy awarded or refused, and its agreement (its terms,
 * where it stands).
 */
@Component
class ToldDecisions {

    private final EligibilityRecords eligibility;
    private final DecisionNotices notices;
    private final LabelRecords labels;
    private final AgreementRecords agreements;
    private final AwardRecords awards;

    ToldDecisions(
            EligibilityRecords eligibility,
            DecisionNotices notices,
            LabelRecords labels,
            AgreementRecords agreements,
            AwardRecords awards) {
        this.eligibility = eligibility;
        this.notices = notices;
        this.labels = labels;
        this.agreements = agreements;
        this.awards = awards;
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

    /** The label the event carries, or carried; empty for a call that labels nothing, or before it is labelled. */
    Optional<LabelRecords.Tracked> label(Proposal proposal) {
        return labels.tracked(proposal);
    }

    /** A funding call's decision on the subsidy, once taken: awarded (how much, on what conditions) or refused. */
    Optional<AwardRecords.Held> subsidy(Proposal proposal) {
        return awards.held(proposal);
    }

    /** The agreement of a subsidy awarded, once it was sent: its terms in the holder's language, where it stands. */
    Optional<AgreementRecords.Tracked> agreement(Proposal proposal, Locale locale) {
        return agreements.tracked(proposal, locale);
    }
}
