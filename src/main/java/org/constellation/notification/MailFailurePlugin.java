package org.constellation.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * A mail that could not be delivered shows where people look. Its delivery runs in a process of its own, so the
 * engine's incident lands on that process; this adds, when the last attempt fails, an incident of type
 * {@value #INCIDENT_TYPE} on the proposal's own instance naming the delivery, resolved when the delivery is retried or
 * deleted. And the failed job is made due at once: the retry cycle left it due in twelve hours, which Cockpit's « Retry
 * » keeps by default, so a retry would otherwise wait until the night.
 */
@Component
public class MailFailurePlugin extends AbstractProcessEnginePlugin {

    static final String INCIDENT_TYPE = "failedMail";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The engine's own handler stays in charge of failed jobs; this one is called after it.
        configuration.setCompositeIncidentHandlersEnabled(true);
        List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomIncidentHandlers());
        handlers.add(new FailedDeliveries());
        configuration.setCustomIncidentHandlers(handlers);
    }

    /** Runs inside the engine's command that records the failure, resolves or deletes it. */
    static final class FailedDeliveries implements IncidentHandler {

        @Override
        public String getIncidentHandlerType() {
            return Incident.FAILED_JOB_HANDLER_TYPE;
        }

        @Override
        public Incident handleIncident(IncidentContext context, String message) {
            if (!isDelivery(context)) {
                return null;
            }
            JobEntity job = Context.getCommandContext().getJobManager().findJobById(context.getConfiguration());
            if (job != null) {
                job.setDuedate(null);
            }
            ExecutionEntity delivery =
                    Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
            String reference = delivery == null ? null : delivery.getProcessBusinessKey();
            if (reference == null) {
                return null;
            }
            RuntimeService runtime = Context.getProcessEngineConfiguration().getRuntimeService();
            Context.getCommandContext().runWithoutAuthorization(() -> {
                ProcessInstance proposal = runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                        .processInstanceBusinessKey(reference)
                        .singleResult();
                // An incident sits on an execution at an activity: where the proposal waits now.
                String waiting = proposal == null
                        ? null
                        : runtime.getActiveActivityIds(proposal.getId()).stream()
                                .findFirst()
                                .flatMap(activity -> runtime
                                        .createExecutionQuery()
                                        .processInstanceId(proposal.getId())
                                        .activityId(activity)
                                        .list()
                                        .stream()
                                        .findFirst())
                                .map(Execution::getId)
                                .orElse(null);
                if (waiting != null) {
                    runtime.createIncident(
                            INCIDENT_TYPE,
                            waiting,
                            context.getConfiguration(),
                            message + " — Cockpit : instance « Envoi d'un courriel » " + delivery.getProcessInstanceId()
                                    + " (même référence), bouton « Retry » ; ou la boîte d'envoi, « Réessayer maintenant ».");
                }
                return null;
            });
            return null;
        }

        @Override
        public void resolveIncident(IncidentContext context) {
            clear(context);
        }

        @Override
        public void deleteIncident(IncidentContext context) {
            clear(context);
        }

        private void clear(IncidentContext context) {
            if (context.getConfiguration() == null || !isDelivery(context)) {
                return;
            }
            RuntimeService runtime = Context.getProcessEngineConfiguration().getRuntimeService();
            Context.getCommandContext().runWithoutAuthorization(() -> {
                runtime.createIncidentQuery()
                        .incidentType(INCIDENT_TYPE)
                        .configuration(context.getConfiguration())
                        .list()
                        .forEach(mirror -> runtime.resolveIncident(mirror.getId()));
                return null;
            });
        }

        private static boolean isDelivery(IncidentContext context) {
            return context.getProcessDefinitionId() != null
                    && Outbox.DELIVERY_PROCESS.equals(Context.getProcessEngineConfiguration()
                            .getDeploymentCache()
                            .findDeployedProcessDefinitionById(context.getProcessDefinitionId())
                            .getKey());
        }
    }
}
