package org.constellation.accompaniment;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/** On completing "Définir l'accompagnement": stores the plan; the follow-up person then gets the proposal's tasks. */
@Component("recordAccompanimentPlan")
public class RecordAccompanimentPlanListener implements TaskListener {

    static final ModelKey NEEDS = ModelKey.field("accompanimentNeeds", String.class);
    static final ModelKey ACTIONS = ModelKey.field("accompanimentActions", String.class);
    static final ModelKey FOLLOW_UP_PERSON = ModelKey.field(ProcessVariables.FOLLOW_UP_PERSON, String.class);

    private final AccompanimentPlanRepository plans;
    private final Clock clock;

    public RecordAccompanimentPlanListener(AccompanimentPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput(task);
        String needs = input.text(NEEDS.name());
        String actions = input.text(ACTIONS.name());
        String followUpPerson = input.text(FOLLOW_UP_PERSON.name());
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        if (identity.createUserQuery().userId(followUpPerson).count() == 0) {
            throw TaskInput.rejected(
                    "Référent·e : aucun membre de l'équipe n'a l'identifiant « " + followUpPerson + " ».");
        }
        Long proposalId = (Long) task.getVariable(ProcessVariables.PROPOSAL_ID);
        AccompanimentPlan plan = plans.findByProposalId(proposalId).orElseGet(() -> new AccompanimentPlan(proposalId));
        plan.record(needs, actions, followUpPerson, input.actor(), OffsetDateTime.now(clock));
        plans.save(plan);
        task.getExecution().setVariable(ProcessVariables.FOLLOW_UP_PERSON, followUpPerson);
    }
}
