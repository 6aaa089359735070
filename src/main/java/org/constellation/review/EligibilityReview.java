package org.constellation.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;

/**
 * « Vérifier l'éligibilité »'s answer read and checked, as plain rules ({@code EligibilityReviewTest}): to declare a
 * proposal eligible or not, the reviewer gives a verdict on every mandatory criterion the rules assessed; a verdict
 * that departs from the rules' PASS or FAIL, or on a call's own criterion, needs a reason. The form asks the same;
 * this is the server's word on it.
 */
public record EligibilityReview(EligibilityOutcome outcome, String reasons, String missingInformation,
    Map<CriterionAssessment, String[]> verdicts, List<CriterionAssessment> failed) {

  static final int REASON_LENGTH = 4000;
  static final int OVERRIDE_REASON_LENGTH = 1000;

  private static final Map<String, String> CRITERION_LABELS = Map.of(
      "dates", "Dates dans la saison",
      "territory", "Sur le territoire de l'appel",
      "themes", "Dans un thème de l'appel",
      "public", "Ouverte à tous, grand public");

  /** The reviewer's answer on the proposal's pending {@code criteria}, or a refusal naming what to fix. */
  static EligibilityReview read(TaskInput input, List<CriterionAssessment> criteria) {
    EligibilityOutcome outcome = outcome(input.text(ProcessVariables.ELIGIBILITY_DECISION, "Décision", 20, true));
    String missing = input.text("missingInformation", "Informations à demander", REASON_LENGTH,
        outcome == EligibilityOutcome.INCOMPLETE);
    String reasons = input.text("eligibilityReasons", "Message au porteur", REASON_LENGTH, false);
    Map<CriterionAssessment, String[]> verdicts = verdicts(input, criteria, outcome != EligibilityOutcome.INCOMPLETE);
    List<CriterionAssessment> failed = criteria.stream()
        .filter(c -> Criteria.FAIL.equals(verdicts.get(c)[0])).toList();
    if (outcome == EligibilityOutcome.ELIGIBLE && !failed.isEmpty()) {
      throw TaskInput.rejected("Éligible : tous les critères obligatoires doivent être remplis (" + labels(failed)
          + " ne l'est pas).");
    }
    if (outcome == EligibilityOutcome.INELIGIBLE && !criteria.isEmpty() && failed.isEmpty()) {
      throw TaskInput.rejected("Non éligible : indiquez au moins un critère obligatoire non rempli.");
    }
    return new EligibilityReview(outcome, outcome == EligibilityOutcome.INELIGIBLE ? reasons : null,
        outcome == EligibilityOutcome.INCOMPLETE ? missing : null, verdicts, failed);
  }

  /** For the coordinator who confirms a rejection: which criteria failed, and why, a line each. */
  String failedCriteria() {
    return failed.stream().map(c -> label(c) + " : " + c.explanation(java.util.Locale.FRENCH))
        .collect(Collectors.joining("\n"));
  }

  /** criterion → {verdict, override reason}; verdicts are required for a final decision, optional otherwise. */
  private static Map<CriterionAssessment, String[]> verdicts(TaskInput input, List<CriterionAssessment> criteria,
      boolean required) {
    return criteria.stream().collect(Collectors.toMap(c -> c, c -> {
      String label = label(c);
      String verdict = input.text(Criteria.verdict(c.getCriterion()), label, 10, required);
      if (verdict != null && !Criteria.PASS.equals(verdict) && !Criteria.FAIL.equals(verdict)) {
        throw TaskInput.rejected(label + " : indiquez si le critère est rempli ou non.");
      }
      // No rule decides a call's own criterion: the reviewer's reason is its only record.
      String reason = verdict != null && (c.isOverride(verdict) || c.isOwn())
          ? input.text(Criteria.reason(c.getCriterion()), label + (c.isOwn() ? " : raison de votre avis"
              : " : raison de l'écart avec le résultat automatique"), OVERRIDE_REASON_LENGTH, true)
          : null;
      return new String[] {verdict, reason};
    }));
  }

  private static String labels(List<CriterionAssessment> criteria) {
    return criteria.stream().map(EligibilityReview::label).collect(Collectors.joining(", "));
  }

  /** The form's short label of a rule-backed criterion, the call's words for its own. */
  private static String label(CriterionAssessment criterion) {
    return CRITERION_LABELS.getOrDefault(criterion.getCriterion(), criterion.getLabel());
  }

  private static EligibilityOutcome outcome(String value) {
    try {
      return EligibilityOutcome.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw TaskInput.rejected("Décision : choisissez éligible, incomplète ou non éligible.");
    }
  }
}
