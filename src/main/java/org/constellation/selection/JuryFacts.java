package org.constellation.selection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.workflow.ModelKey;

/**
 * The facts processes/jury-aggregation.dmn decides on, named and typed once: each expert's total on the grid, the
 * call's method, disagreement threshold and tie-break, and what a tie-break reads.
 */
record JuryFacts(
        String method,
        List<Double> totals,
        double disagreementSpread,
        String tieBreak,
        Double firstCriterionMean,
        double submittedAt) {

    static final String DECISION = "jury-aggregation";
    static final String TIE_BREAK_DECISION = "jury-tie-break";

    static final ModelKey METHOD = ModelKey.ofDecision(DECISION, "method", String.class);
    static final ModelKey TOTALS = ModelKey.ofDecision(DECISION, "totals", List.class);
    static final ModelKey DISAGREEMENT_SPREAD = ModelKey.ofDecision(DECISION, "disagreementSpread", Double.class);
    static final ModelKey SCORE = ModelKey.ofDecision(DECISION, "score", Double.class);
    static final ModelKey SPREAD = ModelKey.ofDecision(DECISION, "spread", Double.class);
    static final ModelKey DISAGREEMENT = ModelKey.ofDecision(DECISION, "disagreement", Boolean.class);
    static final ModelKey TIE_VALUE = ModelKey.ofDecision(DECISION, "tieValue", Double.class);

    static final ModelKey TIE_BREAK = ModelKey.ofDecision(TIE_BREAK_DECISION, "tieBreak", String.class);
    static final ModelKey FIRST_CRITERION_MEAN =
            ModelKey.ofDecision(TIE_BREAK_DECISION, "firstCriterionMean", Double.class);
    static final ModelKey SUBMITTED_AT = ModelKey.ofDecision(TIE_BREAK_DECISION, "submittedAt", Double.class);
    static final ModelKey TIE_BREAK_VALUE = ModelKey.ofDecision(TIE_BREAK_DECISION, "tieValue", Double.class);

    /** The decision's variables. */
    Map<String, Object> variables() {
        Map<String, Object> facts = new HashMap<>();
        facts.put(METHOD.name(), method);
        facts.put(TOTALS.name(), totals);
        facts.put(DISAGREEMENT_SPREAD.name(), disagreementSpread);
        facts.put(TIE_BREAK.name(), tieBreak);
        facts.put(FIRST_CRITERION_MEAN.name(), firstCriterionMean);
        facts.put(SUBMITTED_AT.name(), submittedAt);
        return facts;
    }
}
