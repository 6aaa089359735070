package org.constellation.eligibility;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalCorrected;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.PriorityWords;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An applicant's correction while their check waits: the call's rules run again on the corrected answers, in the
 * correction's transaction, so that the check shows the new results, its presets follow them, its priority too, and the
 * reviewer reads what changed, answers and results, before → after. Before the check opens there is nothing to redo:
 * the rules run then, on the corrected answers.
 */
@Component
class ReassessCorrectedProposalListener {

    /** What the applicant's corrections changed, shown to the reviewer by the eligibility form. */
    static final ModelKey VARIABLE = ModelKey.shown("proposalCorrections", String.class);

    private final ProposalRepository proposals;
    private final AssessEligibilityCriteriaDelegate rules;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final Clock clock;

    ReassessCorrectedProposalListener(
            ProposalRepository proposals,
            AssessEligibilityCriteriaDelegate rules,
            TaskService tasks,
            RuntimeService runtime,
            RepositoryService repository,
            Clock clock) {
        this.proposals = proposals;
        this.rules = rules;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    void corrected(ProposalCorrected correction) {
        Proposal proposal = proposals.findById(correction.proposalId()).orElseThrow();
        String instance = proposal.getProcessInstanceId();
        Task check = tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(ProcessVariables.TASK_CHECK_ELIGIBILITY)
                .singleResult();
        if (check == null) {
            return;
        }
        AssessEligibilityCriteriaDelegate.Assessed assessed = rules.assess(
                proposal,
                repository.getProcessDefinition(check.getProcessDefinitionId()).getDeploymentId());

        runtime.removeVariables(instance, assessed.removed());
        runtime.setVariables(instance, assessed.variables());
        tasks.setPriority(check.getId(), assessed.priority());
        tasks.setVariableLocal(check.getId(), PriorityWords.VARIABLE.name(), PriorityWords.of(assessed.priority()));
        Object earlier = runtime.getVariable(instance, VARIABLE.name());
        String told = told(correction.changes(), assessed.replaced(), assessed.results(), OffsetDateTime.now(clock));
        runtime.setVariable(instance, VARIABLE.name(), earlier == null ? told : earlier + "\n\n" + told);
    }

    /** One correction as the reviewer reads it: when, the answers changed, then the rules' results that changed. */
    static String told(
            List<String> changes,
            List<CriterionAssessment> before,
            List<CriterionAssessment> after,
            OffsetDateTime at) {
        Map<String, CriterionAssessment> was =
                before.stream().collect(Collectors.toMap(CriterionAssessment::getCriterion, Function.identity()));
        List<String> lines = new ArrayList<>();
        lines.add("Corrigée par le porteur le "
                + WrittenDates.day(ParisTime.of(at).toLocalDate(), Locale.FRENCH) + " :");
        changes.forEach(change -> lines.add("– " + change));
        List<String> results = new ArrayList<>();
        for (CriterionAssessment now : after) {
            CriterionAssessment earlier = was.get(now.getCriterion());
            String previous = earlier == null ? "non évalué" : Criteria.word(earlier.getAutomaticResult());
            String current = Criteria.word(now.getAutomaticResult());
            if (!previous.equals(current)) {
                results.add("– " + now.getLabel() + " : " + previous + " → " + current);
            }
        }
        lines.add(
                results.isEmpty()
                        ? "Les critères de l'appel donnent les mêmes résultats."
                        : "Résultats des critères de l'appel, avant → après :");
        lines.addAll(results);
        return String.join("\n", lines);
    }
}
