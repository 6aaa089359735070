package org.constellation.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.workflow.CamundaForm;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;

/**
 * « Vérifier l'éligibilité »'s answer read and checked, as plain rules ({@code EligibilityReviewTest}): to declare a
 * proposal eligible or not, the reviewer gives a verdict on every mandatory criterion the rules assessed; a verdict
 * that departs from the rules' PASS or FAIL, or on a call's own criterion, needs a reason, which the deployed form asks
 * for (checked on completion by FormCompletion) and this records.
 */
public record EligibilityReview(
        EligibilityOutcome outcome,
        String reasons,
        String missingInformation,
        Map<CriterionAssessment, String[]> verdicts,
        List<CriterionAssessment> failed) {

    static final ModelKey DECISION = ModelKey.field(ProcessVariables.ELIGIBILITY_DECISION, EligibilityOutcome.class);
    /** What to ask the applicant, for an incomplete proposal. */
    static final ModelKey MISSING_INFORMATION = ModelKey.field("missingInformation", String.class);
    /** The reviewer's message to the applicant with a rejection, which the confirming coordinator reads too. */
    static final ModelKey REASONS = ModelKey.field("eligibilityReasons", String.class);

    /** The check's form, whose words name the rules' criteria (« Dates dans la saison : votre avis »). */
    private static final CamundaForm FORM = CamundaForm.load("check-eligibility");

    /** The reviewer's answer on the proposal's pending {@code criteria}, or a refusal naming what to fix. */
    static EligibilityReview read(TaskInput input, List<CriterionAssessment> criteria) {
        EligibilityOutcome outcome = outcome(input.text(DECISION.name()));
        String missing = input.text(MISSING_INFORMATION.name());
        String reasons = input.text(REASONS.name());
        Map<CriterionAssessment, String[]> verdicts =
                verdicts(input, criteria, outcome != EligibilityOutcome.INCOMPLETE);
        List<CriterionAssessment> failed = criteria.stream()
                .filter(c -> Criteria.FAIL.equals(verdicts.get(c)[0]))
                .toList();
        if (outcome == EligibilityOutcome.ELIGIBLE && !failed.isEmpty()) {
            throw TaskInput.rejected("Éligible : tous les critères obligatoires doivent être remplis (" + labels(failed)
                    + " ne l'est pas).");
        }
        if (outcome == EligibilityOutcome.INELIGIBLE && !criteria.isEmpty() && failed.isEmpty()) {
            throw TaskInput.rejected("Non éligible : indiquez au moins un critère obligatoire non rempli.");
        }
        return new EligibilityReview(
                outcome,
                outcome == EligibilityOutcome.INELIGIBLE ? reasons : null,
                outcome == EligibilityOutcome.INCOMPLETE ? missing : null,
                verdicts,
                failed);
    }

    /** For the coordinator who confirms a rejection: which criteria failed, and why, a line each. */
    String failedCriteria() {
        return failed.stream()
                .map(c -> label(c) + " : " + c.explanation(Locale.FRENCH))
                .collect(Collectors.joining("\n"));
    }

    /** criterion → {verdict, override reason}; verdicts are required for a final decision, optional otherwise. */
    private static Map<CriterionAssessment, String[]> verdicts(
            TaskInput input, List<CriterionAssessment> criteria, boolean required) {
        return criteria.stream().collect(Collectors.toMap(c -> c, c -> {
            String label = label(c);
            String verdict = input.text(Criteria.verdict(c.getCriterion()));
            // The form cannot say a verdict is needed for a final decision only.
            if (verdict == null && required) {
                throw TaskInput.rejected(label + " : indiquez si le critère est rempli ou non.");
            }
            // The form asks a reason where the verdict departs from the rules, on a call's own criterion, and on a
            // commitment of its charter left to the reviewer.
            String reason =
                    verdict != null && c.needsReason(verdict) ? input.text(Criteria.reason(c.getCriterion())) : null;
            return new String[] {verdict, reason};
        }));
    }

    private static String labels(List<CriterionAssessment> criteria) {
        return criteria.stream().map(EligibilityReview::label).collect(Collectors.joining(", "));
    }

    /** The form's words for a rule-backed criterion (its verdict's label, before the colon); the call's for its own. */
    private static String label(CriterionAssessment criterion) {
        if (criterion.hasOwnWords()) {
            return criterion.getLabel();
        }
        return FORM.component(Criteria.verdict(criterion.getCriterion()))
                .map(verdict -> verdict.label().split(" : ")[0])
                .orElse(criterion.getLabel());
    }

    private static EligibilityOutcome outcome(String value) {
        try {
            return EligibilityOutcome.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw TaskInput.rejected("Décision : choisissez éligible, incomplète ou non éligible.");
        }
    }
}
