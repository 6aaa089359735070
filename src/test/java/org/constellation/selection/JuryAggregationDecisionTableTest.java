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
import org.constellation.workflow.ModelKey;
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

    static double number(Map<String, Object> result, ModelKey key) {
        return ((Number) result.get(key.name())).doubleValue();
    }

    @Test
    void theMeanOfTheExpertsTotalsWithTheirSpread() {
        Map<String, Object> result = evaluate("MEAN", List.of(4.0, 2.0, 3.0), 2, "COMMITTEE", 3.0, 100);
        assertThat(number(result, JuryFacts.SCORE)).isCloseTo(3.0, within(1e-9));
        assertThat(number(result, JuryFacts.SPREAD)).isCloseTo(2.0, within(1e-9));
        assertThat(result.get(JuryFacts.DISAGREEMENT.name())).isEqualTo(false);
        assertThat(number(result, JuryFacts.TIE_VALUE)).isZero();
    }

    @Test
    void theMedianIgnoresOneFarScoreAndTheSpreadFlagsTheDisagreement() {
        Map<String, Object> result = evaluate("MEDIAN", List.of(4.5, 0.5, 4.0), 2, "FIRST_CRITERION", 3.5, 100);
        assertThat(number(result, JuryFacts.SCORE)).isCloseTo(4.0, within(1e-9));
        assertThat(number(result, JuryFacts.SPREAD)).isCloseTo(4.0, within(1e-9));
        assertThat(result.get(JuryFacts.DISAGREEMENT.name())).isEqualTo(true);
        assertThat(number(result, JuryFacts.TIE_VALUE)).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void theTrimmedMeanLeavesOutTheHighestAndLowestFromThreeTotalsOn() {
        assertThat(number(
                        evaluate("TRIMMED_MEAN", List.of(5.0, 1.0, 3.0, 4.0), 5, "COMMITTEE", null, 0),
                        JuryFacts.SCORE))
                .isCloseTo(3.5, within(1e-9));
        assertThat(number(evaluate("TRIMMED_MEAN", List.of(5.0, 1.0), 5, "COMMITTEE", null, 0), JuryFacts.SCORE))
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
        double earlier = number(evaluate("MEAN", List.of(3.0), 2, "SUBMITTED_FIRST", null, 1000), JuryFacts.TIE_VALUE);
        double later = number(evaluate("MEAN", List.of(3.0), 2, "SUBMITTED_FIRST", null, 2000), JuryFacts.TIE_VALUE);
        assertThat(earlier).isGreaterThan(later);
        assertThat(number(evaluate("MEAN", List.of(3.0), 2, "FIRST_CRITERION", null, 0), JuryFacts.TIE_VALUE))
                .isZero();
    }
}
