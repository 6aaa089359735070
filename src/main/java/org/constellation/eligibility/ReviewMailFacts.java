package org.constellation.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.constellation.workflow.StaffNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The eligibility decision for the mails: its reasons, who made it, the criteria not met in the reader's language. */
@Component
public class ReviewMailFacts implements ProposalFacts {

    /** A mandatory criterion the proposal does not meet, as the applicant reads it. */
    public record FailedCriterion(String label, String explanation) {}

    private final EligibilityDecisionRepository decisions;
    private final CriterionAssessmentRepository criteria;
    private final MessageSource messages;
    private final StaffNames staff;

    public ReviewMailFacts(
            EligibilityDecisionRepository decisions,
            CriterionAssessmentRepository criteria,
            MessageSource messages,
            StaffNames staff) {
        this.decisions = decisions;
        this.criteria = criteria;
        this.messages = messages;
        this.staff = staff;
    }

    @Override
    public Set<String> names() {
        return Set.of("decision", "reviewerName", "failedCriteria");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        Locale locale = recipient.locale();
        EligibilityDecision decision = decisions
                .findFirstByProposalIdOrderByDecidedAtDescIdDesc(recipient.getId())
                .orElse(null);
        model.put("failedCriteria", List.of());
        if (decision == null) {
            return;
        }
        model.put("decision", decision);
        model.put("reviewerName", staff.fullName(decision.getReviewer()));
        model.put(
                "failedCriteria",
                criteria.findByDecisionIdOrderById(decision.getId()).stream()
                        .filter(c -> Criteria.FAIL.equals(c.getVerdict()))
                        .map(c -> new FailedCriterion(
                                messages.getMessage("criterion." + c.getCriterion(), null, c.getLabel(), locale),
                                c.explanation(locale)))
                        .toList());
    }
}
