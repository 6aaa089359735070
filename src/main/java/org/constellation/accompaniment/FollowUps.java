package org.constellation.accompaniment;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a proposal over to another follow-up person: the plan names them, the process gives them its next tasks
 * (${followUpPerson}), and the open task the former follow-up person held becomes theirs.
 */
@Service
public class FollowUps {

    /** A hand-over refused: nobody of that name, or the proposal has no follow-up yet. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final AccompanimentPlanRepository plans;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    public FollowUps(
            AccompanimentPlanRepository plans, RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.plans = plans;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Who follows the proposal now (a user id), once its accompaniment was planned. */
    public Optional<String> personOf(Long proposalId) {
        return plans.findByProposalId(proposalId).map(AccompanimentPlan::getFollowUpPerson);
    }

    /** Whether the proposal has a follow-up person to hand over (its accompaniment was planned). */
    public boolean hasFollowUp(Proposal proposal) {
        return plans.findByProposalId(proposal.getId()).isPresent();
    }

    @Transactional
    public void handOver(Proposal proposal, String person) {
        if (person == null || identity.createUserQuery().userId(person).count() == 0) {
            throw new Refused("Suivi : « " + person + " » n'est pas un membre de l'équipe.");
        }
        AccompanimentPlan plan = plans.findByProposalId(proposal.getId())
                .orElseThrow(() -> new Refused(proposal.getReference() + " n'a pas encore de personne de suivi."));
        String former = plan.getFollowUpPerson();
        plan.handOver(person);
        if (proposal.getProcessInstanceId() != null
                && runtime.createProcessInstanceQuery()
                                .processInstanceId(proposal.getProcessInstanceId())
                                .count()
                        > 0) {
            runtime.setVariable(proposal.getProcessInstanceId(), ProcessVariables.FOLLOW_UP_PERSON, person);
            tasks.createTaskQuery()
                    .processInstanceId(proposal.getProcessInstanceId())
                    .taskAssignee(former)
                    .list()
                    .forEach(task -> tasks.setAssignee(task.getId(), person));
        }
    }
}
