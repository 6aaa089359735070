package org.constellation.eligibility;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;

/**
 * The eligibility decisions of a proposal as people read them, oldest first: who decided what, when and why, which
 * automatic results they overrode, and the coordinator's confirmation. Shown in the review forms (Cockpit CE keeps no
 * history view), from our tables, so it outlives the engine's history cleanup.
 */
@Component
public class DecisionHistory {

    static final ModelKey VARIABLE = ModelKey.shown("eligibilityHistory", String.class);

    private static final Map<EligibilityOutcome, String> OUTCOMES = Map.of(
            EligibilityOutcome.ELIGIBLE, "éligible",
            EligibilityOutcome.INCOMPLETE, "incomplète",
            EligibilityOutcome.INELIGIBLE, "non éligible");

    private final EligibilityDecisionRepository decisions;
    private final CriterionAssessmentRepository criteria;
    private final StaffNames staff;

    public DecisionHistory(
            EligibilityDecisionRepository decisions, CriterionAssessmentRepository criteria, StaffNames staff) {
        this.decisions = decisions;
        this.criteria = criteria;
        this.staff = staff;
    }

    public String describe(Long proposalId) {
        String history = decisions.findByProposalIdOrderByDecidedAtAscIdAsc(proposalId).stream()
                .map(this::describe)
                .collect(Collectors.joining("\n"));
        return history.isEmpty() ? "Aucune décision pour l'instant." : history;
    }

    /** An outcome as the history writes it: "éligible", "incomplète", "non éligible". */
    public static String outcome(EligibilityOutcome outcome) {
        return OUTCOMES.get(outcome);
    }

    /** One decision as the history tells it. */
    public String describe(EligibilityDecision decision) {
        List<CriterionAssessment> assessed = criteria.findByDecisionIdOrderById(decision.getId());
        StringBuilder text = new StringBuilder(WrittenDates.shortMoment(decision.getDecidedAt()))
                .append(" — ")
                .append(staff.fullName(decision.getReviewer()))
                .append(" : ")
                .append(outcome(decision.getOutcome()));
        // The rules the decision was made with: the call's may have changed since.
        assessed.stream()
                .map(CriterionAssessment::getRulesVersion)
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(version -> text.append(" (règles de l'appel, version ")
                        .append(version)
                        .append(')'));
        if (decision.getMissingInformation() != null) {
            text.append(" — informations demandées : ").append(decision.getMissingInformation());
        }
        if (decision.getReasons() != null) {
            text.append(" — message au porteur : ").append(decision.getReasons());
        }
        assessed.stream()
                .filter(c -> c.getOverrideReason() != null)
                .forEach(c -> text.append(
                                c.isOwn() || Criteria.CHECK.equals(c.getAutomaticResult())
                                        ? "\n    avis sur « "
                                        : "\n    écart sur « ")
                        .append(c.getLabel())
                        .append(" » (règles : « ")
                        .append(Criteria.word(c.getAutomaticResult()))
                        .append(" », retenu : « ")
                        .append(Criteria.word(c.getVerdict()))
                        .append(" ») : ")
                        .append(c.getOverrideReason()));
        if (decision.getConfirmedBy() != null) {
            text.append("\n    ")
                    .append(decision.getConfirmationNote() == null ? "confirmée" : "renvoyée à l'instruction")
                    .append(" par ")
                    .append(staff.fullName(decision.getConfirmedBy()))
                    .append(" le ")
                    .append(WrittenDates.shortMoment(decision.getConfirmedAt()));
            if (decision.getConfirmationNote() != null) {
                text.append(" : ").append(decision.getConfirmationNote());
            }
        }
        return text.toString();
    }
}
