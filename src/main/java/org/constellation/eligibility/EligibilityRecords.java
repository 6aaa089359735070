package org.constellation.eligibility;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.call.ContestText;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.proposal.ProposalRecords.Happening;
import org.constellation.proposal.ProposalStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The eligibility decisions taken on a proposal, with the verdicts on its criteria, and what they tell its holder. */
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

    /**
     * What the tracking page tells the holder of their eligibility: what the team asked for, while an answer is
     * awaited; once the proposal was found ineligible, why and how to contest it (the call's own words, else the
     * default). Null where there is nothing to tell.
     */
    public record Told(String requestedInformation, String whyIneligible, String contestText) {}

    public static final HolderParts.Key<List<Decision>> DECISIONS = new HolderParts.Key<>("eligibility");

    private final EligibilityDecisionRepository decisions;
    private final CriterionAssessmentRepository criteria;
    private final DecisionHistory history;
    private final MessageSource messages;
    private final ContestText contestText;

    public EligibilityRecords(
            EligibilityDecisionRepository decisions,
            CriterionAssessmentRepository criteria,
            DecisionHistory history,
            MessageSource messages,
            ContestText contestText) {
        this.decisions = decisions;
        this.criteria = criteria;
        this.history = history;
        this.messages = messages;
        this.contestText = contestText;
    }

    /** What the latest decision tells the holder now, in their page's language. */
    public Told told(Proposal proposal, Locale locale) {
        EligibilityDecision decision = decisions
                .findFirstByProposalIdOrderByDecidedAtDescIdDesc(proposal.getId())
                .orElse(null);
        ProposalStatus status = proposal.getStatus();
        boolean foundIneligible = status == ProposalStatus.INELIGIBLE
                && decision != null
                && decision.getOutcome() == EligibilityOutcome.INELIGIBLE;
        return new Told(
                status == ProposalStatus.INFORMATION_REQUESTED && decision != null
                        ? decision.getMissingInformation()
                        : null,
                foundIneligible ? whyIneligible(decision, locale) : null,
                foundIneligible ? contestText.of(proposal.getCall(), locale) : null);
    }

    /** The failed criteria as the applicant's mail listed them, then the team's message if any. */
    private String whyIneligible(EligibilityDecision decision, Locale locale) {
        Stream<String> failed = criteria.findByDecisionIdOrderById(decision.getId()).stream()
                .filter(c -> Criteria.FAIL.equals(c.getVerdict()))
                .map(c -> messages.getMessage("criterion." + c.getCriterion(), null, c.getLabel(), locale)
                        + messages.getMessage("punctuation.colon", null, locale)
                        + c.explanation(locale));
        return Stream.concat(failed, Stream.ofNullable(decision.getReasons())).collect(Collectors.joining("\n"));
    }

    /** Each decision as the review forms' history tells it. */
    @Override
    public List<Dated> story(Proposal proposal) {
        return decisions.findByProposalIdOrderByDecidedAtAscIdAsc(proposal.getId()).stream()
                .map(decision -> new Dated(decision.getDecidedAt(), Happening.DECISION, history.describe(decision)))
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
