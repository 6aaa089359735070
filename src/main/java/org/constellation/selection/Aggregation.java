package org.constellation.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.constellation.call.Call;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.DeployedDecisions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's scores read by its call's decision tables (processes/jury-aggregation.dmn, or the call's own), from the
 * deployment of the running process version as eligibility's are: its score, the spread, a disagreement, a tie value.
 */
@Component
public class Aggregation {

    private final ExpertAssignmentRepository assignments;
    private final SelectionResultRepository results;
    private final DecisionService decisions;
    private final RepositoryService repository;
    private final Clock clock;

    public Aggregation(
            ExpertAssignmentRepository assignments,
            SelectionResultRepository results,
            DecisionService decisions,
            RepositoryService repository,
            Clock clock) {
        this.assignments = assignments;
        this.results = results;
        this.decisions = decisions;
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public SelectionResult aggregate(Proposal proposal, String deploymentId) {
        Call call = proposal.getCall();
        Grid grid = Grid.of(call.getJury(), call.getJuryCriteria());
        List<ExpertAssignment> scored = assignments.findByProposalIdOrderByIdAsc(proposal.getId()).stream()
                .filter(a -> a.getState() == AssignmentState.SCORED)
                .toList();
        List<Double> totals = scored.stream()
                .map(grid::total)
                .filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble)
                .toList();
        OptionalDouble firstCriterion = scored.stream()
                .flatMap(a -> a.scoreOn(1).stream())
                .mapToInt(Integer::intValue)
                .average();
        JuryFacts facts = new JuryFacts(
                call.getJury().getAggregation().name(),
                totals,
                call.getJury().getDisagreementSpread().doubleValue(),
                call.getJury().getTieBreak().name(),
                firstCriterion.isPresent() ? firstCriterion.getAsDouble() : null,
                proposal.getCreatedAt().toEpochSecond());
        Map<String, Object> result = decisions
                .evaluateDecisionById(DeployedDecisions.find(
                                repository, deploymentId, call.getJury().getRules())
                        .getId())
                .variables(facts.variables())
                .evaluate()
                .getSingleResult()
                .getEntryMap();
        SelectionResult kept =
                results.findById(proposal.getId()).orElseGet(() -> new SelectionResult(proposal.getId(), call.getId()));
        kept.set(
                decimal(result.get(JuryFacts.SCORE.name())),
                decimal(result.get(JuryFacts.SPREAD.name())),
                Boolean.TRUE.equals(result.get(JuryFacts.DISAGREEMENT.name())),
                decimal(result.get(JuryFacts.TIE_VALUE.name())),
                totals.size(),
                call.getRulesVersion(),
                OffsetDateTime.now(clock));
        return results.save(kept);
    }

    private static BigDecimal decimal(Object value) {
        return value == null
                ? null
                : BigDecimal.valueOf(((Number) value).doubleValue()).setScale(3, RoundingMode.HALF_UP);
    }
}
