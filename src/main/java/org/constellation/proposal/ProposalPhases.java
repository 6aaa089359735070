package org.constellation.proposal;

import static java.util.Map.entry;
import static org.constellation.proposal.ProposalStatus.ACCOMPANIMENT;
import static org.constellation.proposal.ProposalStatus.AWAITING_FORUM;
import static org.constellation.proposal.ProposalStatus.CLOSED_WITHOUT_ANSWER;
import static org.constellation.proposal.ProposalStatus.ELIGIBILITY_CHECK;
import static org.constellation.proposal.ProposalStatus.INELIGIBLE;
import static org.constellation.proposal.ProposalStatus.INFORMATION_REQUESTED;
import static org.constellation.proposal.ProposalStatus.MATCHING;
import static org.constellation.proposal.ProposalStatus.PROGRAMME_ENTRY;
import static org.constellation.proposal.ProposalStatus.PUBLISHED;
import static org.constellation.proposal.ProposalStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.listener.ExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The proposal's status follows the part of proposal-lifecycle it is in: each phase's sub-process, inside the
 * instruction its check and its request for information, and each outcome's decisive flow. Declared here once and
 * attached by the engine as it reads the model, so the diagram carries no status listener; built in, so that a
 * token moved in Cockpit without listeners still moves the status.
 */
@Component
public class ProposalPhases extends AbstractProcessEnginePlugin {

    /** Where each status begins: a sub-process or step when it starts, a sequence flow when it is taken. */
    static final Map<String, ProposalStatus> ENTERED_AT = Map.ofEntries(
            entry("Task_CheckEligibility", ELIGIBILITY_CHECK),
            entry("Flow_Incomplete", INFORMATION_REQUESTED),
            entry("Flow_AnswerOverdue", CLOSED_WITHOUT_ANSWER),
            entry("Flow_IneligibilityConfirmed", INELIGIBLE),
            entry("SubProcess_Accompaniment", ACCOMPANIMENT),
            entry("SubProcess_Matching", MATCHING),
            entry("SubProcess_Forum", AWAITING_FORUM),
            entry("SubProcess_ProgrammeEntry", PROGRAMME_ENTRY),
            entry("Flow_Published", PUBLISHED),
            entry("SubProcess_Withdrawal", WITHDRAWN));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new StatusListeners());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    static class StatusListeners extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element process, ProcessDefinitionEntity definition) {
            // Versions up to 3 set the status from listeners of their own, and their instances still run.
            if (!ProcessVariables.PROPOSAL_LIFECYCLE.equals(definition.getKey()) || declaresStatusListeners(process)) {
                return;
            }
            ENTERED_AT.forEach((id, status) -> {
                ActivityImpl activity = definition.findActivity(id);
                if (activity != null) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, entering(status));
                } else {
                    TransitionImpl flow = transition(definition, id);
                    if (flow == null) {
                        throw new IllegalStateException(
                                "proposal-lifecycle has no step or flow " + id + " to mark a status on");
                    }
                    flow.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, entering(status));
                }
            });
        }

        private static ExpressionExecutionListener entering(ProposalStatus status) {
            return new ExpressionExecutionListener(Context.getProcessEngineConfiguration()
                    .getExpressionManager()
                    .createExpression("${" + ProposalPhase.BEAN + ".enter(execution, '" + status.name() + "')}"));
        }

        private static TransitionImpl transition(ScopeImpl scope, String id) {
            for (ActivityImpl activity : scope.getActivities()) {
                TransitionImpl found = activity.findOutgoingTransition(id);
                if (found == null) {
                    found = transition(activity, id);
                }
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private static boolean declaresStatusListeners(Element element) {
            String expression = element.attribute("expression");
            if (expression != null && expression.contains(ProposalPhase.BEAN + ".")) {
                return true;
            }
            return element.elements().stream().anyMatch(StatusListeners::declaresStatusListeners);
        }
    }
}
