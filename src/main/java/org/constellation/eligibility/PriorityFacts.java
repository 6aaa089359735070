package org.constellation.eligibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.call.Criterion;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.ModelKey;

/**
 * The facts processes/priority.dmn decides on, named and typed once: the kind of proposal, and the bonus criteria it
 * claims among those of its call.
 */
record PriorityFacts(String kind, List<String> bonusCriteria) {

    static final String DECISION = "priority";

    static final ModelKey KIND = ModelKey.ofDecision(DECISION, "kind", String.class);
    static final ModelKey BONUS_CRITERIA = ModelKey.ofDecision(DECISION, "bonusCriteria", List.class);
    /** The table's one result (its rows add up), read as its single entry. */
    static final ModelKey PRIORITY = ModelKey.ofDecision(DECISION, "priority", Integer.class);

    static PriorityFacts of(Proposal proposal) {
        List<String> offered = proposal.getCall().criteriaOfKind(Criterion.Kind.BONUS).stream()
                .map(Criterion::code)
                .toList();
        return new PriorityFacts(
                proposal.getKind().name(),
                proposal.getBonusCriteria().stream().filter(offered::contains).toList());
    }

    /** The decision's variables. */
    Map<String, Object> variables() {
        Map<String, Object> facts = new HashMap<>();
        facts.put(KIND.name(), kind);
        facts.put(BONUS_CRITERIA.name(), bonusCriteria);
        return facts;
    }
}
