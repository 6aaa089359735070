package org.constellation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** processes/jury-aggregation.dmn on the delegate's facts: mean, median, trimmed mean, spread, tie-break. */
class JuryAggregationDecisionTableTest {

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = new FileInputStream("processes/jury-aggregation.dmn")) {
            decision = engine.parseDecision(JuryFacts.DECISION, dmn);
        }
    }

    static Map<String, Object> evaluate(
            String method, List<Double> totals, double spread, String tieBreak, Double first, double submittedAt) {
        return engine.evaluateDecisionTable(
                        decision, new JuryFacts(method, totals, spread, tieBreak, first, submittedAt).variables())
                .getSingleResult()
                .getEntryMap();
    }

    static double number(Map<String, Object> result, ModelKeyName name) {
        return ((Number) result.get(name.key)).doubleValue();
    }

    enum ModelKeyName {
        SCORE(JuryFacts.SCORE.name()),
        SPREAD(JuryFacts.SPREAD.name()),
        TIE(JuryFacts.TIE_VALUE.name());

        final String key;

        ModelKeyName(String key) {
            this.key = key;
        }
    }

    @Test
    void theMeanOfTheExpertsTotalsWithTheirSpread() {
        Map<String, Object> result = evaluate("MEAN", List.of(4.0, 2.0, 3.0), 2, "COMMITTEE", 3.0, 100);
        assertThat(number(result, ModelKeyName.SCORE)).isCloseTo(3.0, within(1e-9));
        assertThat(number(result, ModelKeyName.SPREAD)).isCloseTo(2.0, within(1e-9));
        assertThat(result.get(JuryFacts.DISAGREEMENT.name())).isEqualTo(false);
        assertThat(number(result, ModelKeyName.TIE)).isZero();
    }

    @Test
    void theMedianIgnoresOneFarScoreAndTheSpreadFlagsTheDisagreement() {
        Map<String, Object> result = evaluate("MEDIAN", List.of(4.5, 0.5, 4.0), 2, "FIRST_CRITERION", 3.5, 100);
        assertThat(number(result, ModelKeyName.SCORE)).isCloseTo(4.0, within(1e-9));
        assertThat(number(result, ModelKeyName.SPREAD)).isCloseTo(4.0, within(1e-9));
        assertThat(result.get(JuryFacts.DISAGREEMENT.name())).isEqualTo(true);
        assertThat(number(result, ModelKeyName.TIE)).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void theTrimmedMeanLeavesOutTheHighestAndLowestFromThreeTotalsOn() {
        assertThat(number(
                        evaluate("TRIMMED_MEAN", List.of(5.0, 1.0, 3.0, 4.0), 5, "COMMITTEE", null, 0),
                        ModelKeyName.SCORE))
                .isCloseTo(3.5, within(1e-9));
        assertThat(number(evaluate("TRIMMED_MEAN", List.of(5.0, 1.0), 5, "COMMITTEE", null, 0), ModelKeyName.SCORE))
                .isCloseTo(3.0, within(1e-9));
    }

    @Test
    void noTotalGivesNoScoreAndNoDisagreement() {
        Map<String, Object> result = evaluate("MEAN", List.of(), 2, "COMMITTEE", null, 0);
        assertThat(result.get(JuryFacts.SCORE.name())).isNull();
        assertThat(result.get(JuryFacts.DISAGREEMENT.name())).isEqualTo(false);
    }

    @Test
    void theEarlierSubmissionWinsATieWhenTheCallSaysSo() {
        double earlier = number(evaluate("MEAN", List.of(3.0), 2, "SUBMITTED_FIRST", null, 1000), ModelKeyName.TIE);
        double later = number(evaluate("MEAN", List.of(3.0), 2, "SUBMITTED_FIRST", null, 2000), ModelKeyName.TIE);
        assertThat(earlier).isGreaterThan(later);
        assertThat(number(evaluate("MEAN", List.of(3.0), 2, "FIRST_CRITERION", null, 0), ModelKeyName.TIE))
                .isZero();
    }
}
