package org.constellation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.Criterion;
import org.constellation.call.Season;
import org.constellation.workflow.TaskInput;
import org.junit.jupiter.api.Test;

/** The reviewer's answer to « Vérifier l'éligibilité », checked without an engine or a database. */
class EligibilityReviewTest {

    final Call call = call();
    final CriterionAssessment territory = assessment("territory", Criteria.FAIL);
    final CriterionAssessment dates = assessment("dates", Criteria.PASS);
    final CriterionAssessment own = assessment("custom1", Criteria.CHECK);
    final List<CriterionAssessment> criteria = List.of(territory, dates, own);

    static Call call() {
        Call call = new Call(
                "appel", new Season("saison", "Saison", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 31)), "Appel");
        call.getCriteria().add(new Criterion(Criterion.Kind.MANDATORY, "custom1", "Un projet porté par des jeunes"));
        return call;
    }

    CriterionAssessment assessment(String code, String automatic) {
        return new CriterionAssessment(7L, code, automatic, "explication", "explanation", OffsetDateTime.now(), call);
    }

    static Map<String, Object> answer(String outcome, Object... fields) {
        Map<String, Object> values = new HashMap<>(Map.of("eligibilityDecision", outcome));
        for (int i = 0; i < fields.length; i += 2) {
            values.put((String) fields[i], fields[i + 1]);
        }
        return values;
    }

    EligibilityReview read(Map<String, Object> values) {
        return EligibilityReview.read(TaskInput.of(values), criteria);
    }

    @Test
    void aRejectionNamesItsFailedCriteriaAndKeepsTheReviewersReasons() {
        EligibilityReview review = read(answer(
                "INELIGIBLE",
                Criteria.verdict("territory"),
                "FAIL",
                Criteria.verdict("dates"),
                "PASS",
                Criteria.verdict("custom1"),
                "FAIL",
                Criteria.reason("custom1"),
                "Porté par des adultes.",
                "eligibilityReasons",
                "À la saison prochaine !"));
        assertThat(review.outcome()).isEqualTo(EligibilityOutcome.INELIGIBLE);
        assertThat(review.failed()).containsExactly(territory, own);
        assertThat(review.reasons()).isEqualTo("À la saison prochaine !");
        assertThat(review.verdicts().get(own)).containsExactly("FAIL", "Porté par des adultes.");
        assertThat(review.failedCriteria())
                .isEqualTo("Sur le territoire de l'appel : explication\nUn projet porté par des jeunes : explication");
    }

    @Test
    void anIncompleteProposalNeedsWhatToAskAndNoVerdicts() {
        EligibilityReview review = read(answer("INCOMPLETE", "missingInformation", "Le lieu exact ?"));
        assertThat(review.missingInformation()).isEqualTo("Le lieu exact ?");
        assertThat(review.reasons()).isNull();
    }

    @Test
    void eachInconsistencyIsRefusedInTheReviewersWords() {
        assertThatThrownBy(() -> read(answer("PEUT-ETRE"))).hasMessageContaining("choisissez éligible");
        assertThatThrownBy(() -> read(answer(
                        "ELIGIBLE",
                        Criteria.verdict("territory"),
                        "FAIL",
                        Criteria.verdict("dates"),
                        "PASS",
                        Criteria.verdict("custom1"),
                        "PASS",
                        Criteria.reason("custom1"),
                        "Oui.")))
                .hasMessageContaining(
                        "Éligible : tous les critères obligatoires doivent être remplis (Sur le territoire");
        assertThatThrownBy(() -> read(answer(
                        "INELIGIBLE",
                        Criteria.verdict("territory"),
                        "PASS",
                        Criteria.reason("territory"),
                        "Métropole voisine.",
                        Criteria.verdict("dates"),
                        "PASS",
                        Criteria.verdict("custom1"),
                        "PASS",
                        Criteria.reason("custom1"),
                        "Oui.")))
                .hasMessageContaining("indiquez au moins un critère obligatoire non rempli");
        assertThatThrownBy(() -> read(answer("INELIGIBLE", Criteria.verdict("territory"), "FAIL")))
                .as("a final decision needs every verdict")
                .hasMessageContaining("indiquez si le critère est rempli ou non");
    }

    /**
     * A labelling call's charter (issue 31): a commitment refused fails in the call's words; one the reviewer checks is
     * decided with their reason, one the form checked is not asked one.
     */
    @Test
    void aCharterIsDecidedInTheCallsWordsWithTheReviewersReasons() {
        CriterionAssessment refused = new CriterionAssessment(
                7L,
                "charter1",
                Criteria.FAIL,
                "Cet engagement de la charte n'a pas été accepté sur le formulaire.",
                "This commitment of the charter was not accepted on the form.",
                OffsetDateTime.now(),
                call,
                "Gratuit");
        CriterionAssessment taken = new CriterionAssessment(
                7L, "charter2", Criteria.PASS, "Accepté.", "Taken.", OffsetDateTime.now(), call, "Ouvert à tous");
        CriterionAssessment judged = new CriterionAssessment(
                7L,
                "charter3",
                Criteria.CHECK,
                "À vérifier.",
                "To check.",
                OffsetDateTime.now(),
                call,
                "Un scientifique présent");
        EligibilityReview review = EligibilityReview.read(
                TaskInput.of(answer(
                        "INELIGIBLE",
                        Criteria.verdict("charter1"),
                        "FAIL",
                        Criteria.reason("charter1"),
                        "not asked: the verdict follows the charter",
                        Criteria.verdict("charter2"),
                        "PASS",
                        Criteria.reason("charter2"),
                        "not asked either",
                        Criteria.verdict("charter3"),
                        "PASS",
                        Criteria.reason("charter3"),
                        "Une astronome du laboratoire est nommée.")),
                List.of(refused, taken, judged));
        assertThat(review.failed()).containsExactly(refused);
        assertThat(review.verdicts().get(refused)).containsExactly("FAIL", null);
        assertThat(review.verdicts().get(taken)).containsExactly("PASS", null);
        assertThat(review.verdicts().get(judged)).containsExactly("PASS", "Une astronome du laboratoire est nommée.");
        assertThat(review.failedCriteria())
                .isEqualTo("Gratuit : Cet engagement de la charte n'a pas été accepté sur le formulaire.");
    }
}
