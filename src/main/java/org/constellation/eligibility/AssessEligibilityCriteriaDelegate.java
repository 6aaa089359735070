package org.constellation.eligibility;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.Criterion;
import org.constellation.label.Charter;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.DeployedDecisions;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task_AssessEligibilityCriteria: evaluates the call's eligibility and priority decisions (processes/*.dmn) for the
 * proposal, before each eligibility check. The decisions come from the deployment of the running process version, so
 * that changed rules never reach proposals already under way; the call names which decisions apply to it, which of
 * their criteria it switches on, and its own criteria in words, always left to the reviewer. A labelling call's charter
 * is read by label.Charter, a criterion per commitment, from the applicant's answers on the form (issue 31). Results go
 * to criterion_assessment with the call's rules version, and to the variables the eligibility form shows.
 */
@Component("assessEligibilityCriteria")
public class AssessEligibilityCriteriaDelegate implements JavaDelegate {

    /** The call's rules version this check applies, shown in the form (each assessment keeps it too). */
    static final ModelKey RULES_VERSION = ModelKey.shown("callRulesVersion", String.class);
    /** The eligibility decision's result, a row per criterion it assesses. */
    static final ModelKey CRITERION = ModelKey.ofDecision(EligibilityFacts.DECISION, "criterion", String.class);

    static final ModelKey RESULT = ModelKey.ofDecision(EligibilityFacts.DECISION, "result", String.class);
    static final ModelKey EXPLANATION_FR =
            ModelKey.ofDecision(EligibilityFacts.DECISION, "explanationFr", String.class);
    static final ModelKey EXPLANATION_EN =
            ModelKey.ofDecision(EligibilityFacts.DECISION, "explanationEn", String.class);

    private final Proposals proposals;
    private final CriterionAssessmentRepository assessments;
    private final DecisionService decisions;
    private final RepositoryService repository;
    private final DecisionHistory history;
    private final Clock clock;

    public AssessEligibilityCriteriaDelegate(
            Proposals proposals,
            CriterionAssessmentRepository assessments,
            DecisionService decisions,
            RepositoryService repository,
            DecisionHistory history,
            Clock clock) {
        this.proposals = proposals;
        this.assessments = assessments;
        this.decisions = decisions;
        this.repository = repository;
        this.history = history;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        Proposal proposal = proposals.get((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID));
        Assessed assessed = assess(
                proposal,
                repository
                        .getProcessDefinition(execution.getProcessDefinitionId())
                        .getDeploymentId());
        assessed.removed().forEach(execution::removeVariable);
        execution.setVariables(assessed.variables());
    }

    /**
     * One assessment: the eligibility form's variables it sets, and those of criteria it no longer assesses; the
     * undecided results it replaced, and its own.
     */
    record Assessed(
            Map<String, Object> variables,
            Set<String> removed,
            List<CriterionAssessment> replaced,
            List<CriterionAssessment> results) {

        int priority() {
            return (Integer) variables.get(ProcessVariables.PROPOSAL_PRIORITY);
        }
    }

    /**
     * Runs the call's decisions from {@code deploymentId} on the proposal as it is now, and keeps their results in
     * place of the undecided ones of the last run: before each check, and again when the applicant corrects the
     * proposal.
     */
    @Transactional
    Assessed assess(Proposal proposal, String deploymentId) {
        Call call = proposal.getCall();
        Map<String, Object> variables = new LinkedHashMap<>();
        Set<String> removed = new LinkedHashSet<>();
        List<CriterionAssessment> assessed = new ArrayList<>();

        List<Map<String, Object>> results = decisions
                .evaluateDecisionById(DeployedDecisions.find(repository, deploymentId, call.getEligibilityRules())
                        .getId())
                .variables(EligibilityFacts.of(proposal).variables())
                .evaluate()
                .getResultList();
        // An answer to a request for information starts a new check: the undecided results of the last one go.
        List<CriterionAssessment> replaced = assessments.findByProposalIdAndDecisionIdIsNullOrderById(proposal.getId());
        assessments.deleteAll(replaced);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> switchedOn = call.criteriaOfKind(Criterion.Kind.MANDATORY).stream()
                .map(Criterion::code)
                .toList();
        for (String code : Criteria.CODES) {
            if (!switchedOn.contains(code)) {
                removed.addAll(Criteria.variables(code));
                continue;
            }
            Map<String, Object> result = results.stream()
                    .filter(r -> code.equals(r.get(CRITERION.name())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The decision '" + call.getEligibilityRules()
                            + "' gives no result for the criterion '" + code + "'"));
            assessed.add(new CriterionAssessment(
                    proposal.getId(),
                    code,
                    (String) result.get(RESULT.name()),
                    (String) result.get(EXPLANATION_FR.name()),
                    (String) result.get(EXPLANATION_EN.name()),
                    now,
                    call));
        }
        // The call's own criteria in words: no rule decides them, the reviewer does, and says why.
        List<Criterion> own = call.getCriteria().stream()
                .filter(c -> c.code().startsWith(CallForm.OWN_CRITERION_PREFIX))
                .toList();
        for (String code : Criteria.OWN_CODES) {
            removed.addAll(Criteria.variables(code));
            own.stream()
                    .filter(c -> c.code().equals(code))
                    .findFirst()
                    .ifPresent(criterion -> assessed.add(new CriterionAssessment(
                            proposal.getId(), code, Criteria.CHECK, criterion.label(), criterion.label(), now, call)));
        }
        // A labelling call's charter: its commitments are mandatory criteria, the form's answers read by its rules.
        List<Charter.Assessed> charter =
                call.labels() ? Charter.assess(call.getLabelCommitments(), proposal.getCommitments()) : List.of();
        for (int slot = 0; slot < Criteria.CHARTER_CODES.size(); slot++) {
            String code = Criteria.CHARTER_CODES.get(slot);
            removed.addAll(Criteria.variables(code));
            if (slot < charter.size()) {
                Charter.Assessed commitment = charter.get(slot);
                assessed.add(new CriterionAssessment(
                        proposal.getId(),
                        code,
                        commitment.result().name(),
                        commitment.explanationFr(),
                        commitment.explanationEn(),
                        now,
                        call,
                        commitment.commitment()));
            }
        }
        assessed.forEach(assessment -> assess(variables, assessment));

        Object priority = decisions
                .evaluateDecisionById(DeployedDecisions.find(repository, deploymentId, call.getPriorityRules())
                        .getId())
                .variables(PriorityFacts.of(proposal).variables())
                .evaluate()
                .getSingleResult()
                .getSingleEntry();
        variables.put(ProcessVariables.PROPOSAL_PRIORITY, ((Number) priority).intValue());
        variables.put(DecisionHistory.VARIABLE.name(), history.describe(proposal.getId()));
        variables.put(RULES_VERSION.name(), Integer.toString(call.getRulesVersion()));
        removed.removeAll(variables.keySet());
        return new Assessed(variables, removed, replaced, assessed);
    }

    /** Keeps the result, and shows it to the form: it starts from what the rules found, a CHECK is the reviewer's. */
    private void assess(Map<String, Object> variables, CriterionAssessment assessment) {
        assessments.save(assessment);
        String code = assessment.getCriterion();
        // A commitment's words are the call's, not the form's label: the reviewer reads them with the result.
        variables.put(
                Criteria.assessment(code),
                Criteria.word(assessment.getAutomaticResult()) + " — "
                        + (assessment.isCharter() ? "« " + assessment.getLabel() + " » : " : "")
                        + assessment.getExplanationFr());
        variables.put(Criteria.automatic(code), assessment.getAutomaticResult());
        variables.put(
                Criteria.verdict(code),
                Criteria.CHECK.equals(assessment.getAutomaticResult()) ? null : assessment.getAutomaticResult());
        // A reason written for the last results does not carry over to new ones.
        variables.put(Criteria.reason(code), null);
    }
}
