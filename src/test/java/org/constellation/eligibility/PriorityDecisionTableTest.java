package org.constellation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/priority.dmn on the delegate's facts: a base by kind of proposal plus each bonus criterion claimed. */
class PriorityDecisionTableTest {

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = new FileInputStream("processes/priority.dmn")) {
            decision = engine.parseDecision("priority", dmn);
        }
    }

    @ParameterizedTest(name = "{0} with [{1}] → {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "PROJECT, none, 50",
                "CONTRIBUTION, none, 45",
                "INTENTION, none, 35",
                "PROJECT, network, 65",
                "INTENTION, co-construction scientific-method network, 80",
                "PROJECT, co-construction scientific-method network, 95",
                "PROJECT, sciences-participatives, 65",
                "CONTRIBUTION, a b c d e, 90"
            })
    void priorityAddsTheBonusesOfTheCallToTheBaseOfTheKindThreeAtMost(String kind, String bonuses, int expected) {
        List<String> claimed = bonuses == null ? List.of() : Arrays.asList(bonuses.split(" "));
        Object priority = engine.evaluateDecision(decision, new PriorityFacts(kind, claimed).variables())
                .getSingleResult()
                .getSingleEntry();
        assertThat(((Number) priority).intValue()).isEqualTo(expected);
    }
}
