package org.constellation.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.Commune;
import org.constellation.call.Criterion;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task_AssessEligibilityCriteria: evaluates the call's eligibility and priority decisions (processes/*.dmn) for the
 * proposal, before each eligibility check. The decisions come from the deployment of the running process version, so
 * that changed rules never reach proposals already under way; the call names which decisions apply to it, which of
 * their criteria it switches on, and its own criteria in words, always left to the reviewer. Results go to
 * criterion_assessment with the call's rules version, and to the variables the eligibility form shows.
 */
@Component("assessEligibilityCriteria")
public class AssessEligibilityCriteriaDelegate implements JavaDelegate {

    /** The call's rules version this check applies, shown in the form (each assessment keeps it too). */
    static final ModelKey RULES_VERSION = ModelKey.shown("callRulesVersion", String.class);

    private final ProposalRepository proposals;
    private final CriterionAssessmentRepository assessments;
    private final DecisionService decisions;
    private final RepositoryService repository;
    private final DecisionHistory history;
    private final Clock clock;

    public AssessEligibilityCriteriaDelegate(
            ProposalRepository proposals,
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
        Proposal proposal = proposals
                .findById((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID))
                .orElseThrow();
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
     * Runs the call's decisions from {@code deploymentId} on the proposal as it is now, and keeps their results in place
     * of the undecided ones of the last run: before each check, and again when the applicant corrects the proposal.
     */
    @Transactional
    Assessed assess(Proposal proposal, String deploymentId) {
        Call call = proposal.getCall();
        Map<String, Object> variables = new LinkedHashMap<>();
        Set<String> removed = new LinkedHashSet<>();
        List<CriterionAssessment> assessed = new ArrayList<>();

        List<Map<String, Object>> results = decisions
                .evaluateDecisionById(
                        decision(deploymentId, call.getEligibilityRules()).getId())
                .variables(eligibilityFacts(proposal))
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
                    .filter(r -> code.equals(r.get("criterion")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The decision '" + call.getEligibilityRules()
                            + "' gives no result for the criterion '" + code + "'"));
            assessed.add(new CriterionAssessment(
                    proposal.getId(),
                    code,
                    (String) result.get("result"),
                    (String) result.get("explanationFr"),
                    (String) result.get("explanationEn"),
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
        assessed.forEach(assessment -> assess(variables, assessment));

        Object priority = decisions
                .evaluateDecisionById(
                        decision(deploymentId, call.getPriorityRules()).getId())
                .variables(priorityFacts(proposal))
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
        variables.put(
                Criteria.assessment(code),
                Criteria.word(assessment.getAutomaticResult()) + " — " + assessment.getExplanationFr());
        variables.put(Criteria.automatic(code), assessment.getAutomaticResult());
        variables.put(
                Criteria.verdict(code),
                Criteria.CHECK.equals(assessment.getAutomaticResult()) ? null : assessment.getAutomaticResult());
        // A reason written for the last results does not carry over to new ones.
        variables.put(Criteria.reason(code), null);
    }

    private DecisionDefinition decision(String deploymentId, String key) {
        DecisionDefinition definition = repository
                .createDecisionDefinitionQuery()
                .deploymentId(deploymentId)
                .decisionDefinitionKey(key)
                .singleResult();
        if (definition == null) {
            throw new IllegalStateException("No decision '" + key + "' in the deployment of this process version");
        }
        return definition;
    }

    /**
     * The inputs of processes/eligibility.dmn; no contact details. A commune outside the territory is near it when the
     * call lists it among its nearby territories (the Grésivaudan and the Pays voironnais for the Métropole), which a
     * person then judges.
     */
    static Map<String, Object> eligibilityFacts(Proposal proposal) {
        Call call = proposal.getCall();
        Map<String, Object> facts = new HashMap<>();
        facts.put("seasonStart", call.getSeasonStartsOn());
        facts.put("seasonEnd", call.getSeasonEndsOn());
        facts.put(
                "territory",
                call.getTerritory().stream().map(Commune::inseeCode).toList());
        facts.put("plannedStart", proposal.getPlannedStart());
        facts.put("plannedEnd", proposal.getPlannedEnd());
        // The explanations' dates, as each language writes them ("du 1er septembre 2027 au 31 août 2028").
        facts.put("datesFr", writtenDates(call, proposal, Locale.FRENCH));
        facts.put("datesEn", writtenDates(call, proposal, Locale.ENGLISH));
        facts.put("commune", proposal.getCommuneName());
        facts.put("communeInsee", proposal.getCommuneInsee());
        facts.put("communeKnown", proposal.getCommuneInsee() != null);
        facts.put("communeNearby", proposal.getCommuneInsee() != null && call.isNearby(proposal.getCommuneInsee()));
        facts.put(
                "themeCount",
                proposal.getThemes().stream().filter(call::hasTheme).count());
        facts.put("minThemes", call.getMinThemes());
        facts.put("kind", proposal.getKind().name());
        facts.put("audiences", proposal.getAudiences().stream().map(Enum::name).toList());
        return facts;
    }

    private static Map<String, Object> writtenDates(Call call, Proposal proposal, Locale locale) {
        Map<String, Object> dates = new HashMap<>();
        dates.put("seasonStart", WrittenDates.day(call.getSeasonStartsOn(), locale));
        dates.put("seasonEnd", WrittenDates.day(call.getSeasonEndsOn(), locale));
        dates.put("plannedStart", WrittenDates.day(proposal.getPlannedStart(), locale));
        dates.put("plannedEnd", WrittenDates.day(proposal.getPlannedEnd(), locale));
        return dates;
    }

    /** The inputs of processes/priority.dmn: the bonus criteria the proposal claims among those of its call. */
    static Map<String, Object> priorityFacts(Proposal proposal) {
        List<String> offered = proposal.getCall().criteriaOfKind(Criterion.Kind.BONUS).stream()
                .map(Criterion::code)
                .toList();
        Map<String, Object> facts = new HashMap<>();
        facts.put("kind", proposal.getKind().name());
        facts.put(
                "bonusCriteria",
                proposal.getBonusCriteria().stream().filter(offered::contains).toList());
        return facts;
    }
}
