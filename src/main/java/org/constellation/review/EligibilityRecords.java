package org.constellation.review;

import java.time.OffsetDateTime;
import java.util.List;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.springframework.stereotype.Component;

/** The eligibility decisions taken on a proposal, with the verdicts on its criteria. */
@Component
public class EligibilityRecords implements ProposalRecords {

    /** A criterion as the reviewer judged it; {@code overrideReason} where they departed from the rules. */
    public record Verdict(String criterion, String label, String verdict, String overrideReason) {}

    /**
     * An eligibility decision as its holder reads it: what the team asked for, its reasons, its verdicts, and when a
     * coordinator confirmed it or sent it back to the check with a note.
     */
    public record Decision(
            String outcome,
            OffsetDateTime decidedAt,
            String missingInformation,
            String reasons,
            List<Verdict> criteria,
            OffsetDateTime confirmedAt,
            String confirmationNote) {}

    public static final HolderParts.Key<List<Decision>> DECISIONS = new HolderParts.Key<>("eligibility");

    private final EligibilityDecisionRepository decisions;
    private final CriterionAssessmentRepository criteria;
    private final DecisionHistory history;

    public EligibilityRecords(
            EligibilityDecisionRepository decisions, CriterionAssessmentRepository criteria, DecisionHistory history) {
        this.decisions = decisions;
        this.criteria = criteria;
        this.history = history;
    }

    /** Each decision as the review forms' history tells it. */
    @Override
    public List<Dated> story(Proposal proposal) {
        return decisions.findByProposalIdOrderByDecidedAtAscIdAsc(proposal.getId()).stream()
                .map(decision -> new Dated(decision.getDecidedAt(), "decision", history.describe(decision)))
                .toList();
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        parts.put(
                DECISIONS,
                decisions.findByProposalIdOrderByDecidedAtAscIdAsc(proposal.getId()).stream()
                        .map(this::forHolder)
                        .toList());
    }

    /** The decision without its reviewer's or coordinator's ids: those are the team's records, not the holder's. */
    private Decision forHolder(EligibilityDecision decision) {
        List<Verdict> verdicts = criteria.findByDecisionIdOrderById(decision.getId()).stream()
                .filter(criterion -> criterion.getVerdict() != null)
                .map(criterion -> new Verdict(
                        criterion.getCriterion(),
                        criterion.getLabel(),
                        criterion.getVerdict(),
                        criterion.getOverrideReason()))
                .toList();
        return new Decision(
                decision.getOutcome().name(),
                decision.getDecidedAt(),
                decision.getMissingInformation(),
                decision.getReasons(),
                verdicts,
                decision.getConfirmedAt(),
                decision.getConfirmationNote());
    }
}
