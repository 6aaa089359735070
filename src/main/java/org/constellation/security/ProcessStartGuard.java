package org.constellation.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * A person starts a process only the way the product intends: through its start form (Tasklist's « Démarrer un
 * processus », REST and webapps' {@code submit-form}, Java's {@code FormService.submitStartForm}), with that form's
 * fields and nothing else; its refusals come back in words (a plain {@code /start} would answer a refused field 500).
 * Processes without a start form (a call's, a mail's, a link's) are started by Constellation itself; starting without
 * the form or at a chosen step, moving, restarting or migrating instances are an administrator's repair tools. Without
 * this, anyone allowed to enter a proposal by hand could start a lifecycle at « Annuler l'entrée du programme » for
 * someone else's proposal, or hand a second lifecycle an existing proposal's id.
 *
 * <p>Checked on the person's own command, whatever the path (REST, the webapps' API, Java with a signed-in user);
 * administrators ({@code camunda-admin}) pass, and so does the application's own code, which signs nobody in.
 */
@Component
public class ProcessStartGuard extends AbstractProcessEnginePlugin {

    private static final EngineCommandFields FORM_DEFINITION =
            EngineCommandFields.of(SubmitStartFormCmd.class, "processDefinitionId");
    private static final EngineCommandFields FORM_BUSINESS_KEY =
            EngineCommandFields.of(SubmitStartFormCmd.class, "businessKey");
    private static final EngineCommandFields FORM_VARIABLES =
            EngineCommandFields.of(SubmitStartFormCmd.class, "variables");

    /**
     * Commands that start an instance without its form (the REST API's {@code /start}, Java's
     * {@code startProcessInstance...}), at a chosen step, or move, restart or migrate instances.
     */
    private static final List<Class<?>> REPAIRS = List.of(
            StartProcessInstanceCmd.class,
            StartProcessInstanceAtActivitiesCmd.class,
            ModifyProcessInstanceCmd.class,
            ModifyProcessInstanceAsyncCmd.class,
            AbstractModificationCmd.class,
            AbstractRestartProcessInstanceCmd.class,
            AbstractMigrationCmd.class);

    static final String REPAIR_REFUSED = "Démarrer un processus sans son formulaire ou à une étape choisie, déplacer, "
            + "redémarrer ou migrer des instances est réservé à l'administration (Cockpit). Une proposition reçue par courrier "
            + "ou par téléphone se saisit avec le formulaire de « Cycle de vie d'une proposition » (Tasklist, « Démarrer un "
            + "processus »).";
    static final String NO_START_FORM = "Ce processus est lancé par Constellation lui-même : personne ne le démarre à "
            + "la main. Une proposition reçue par courrier ou par téléphone se saisit avec « Cycle de vie d'une proposition ».";
    static final String BUSINESS_KEY_REFUSED = "La référence de la proposition (« Business Key ») est attribuée par "
            + "Constellation : laissez ce champ vide.";
    static final String UNKNOWN_FIELDS = "Le formulaire de démarrage ne connaît pas %s : une proposition saisie par "
            + "l'équipe reçoit ses champs et rien d'autre ; Constellation attribue le reste (référence, appel, instruction).";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        PersonCommandInterceptor.register(configuration, Interceptor::new);
    }

    static final class Interceptor extends PersonCommandInterceptor {

        @Override
        protected <T> T executeOutermost(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            Authentication person = context.getAuthentication();
            if (person != null && person.getUserId() != null && !administrator(person)) {
                check(command, context);
            }
            return next.execute(command);
        }
    }

    private static boolean administrator(Authentication person) {
        return person.getGroupIds() != null && person.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    }

    static void check(Command<?> command, CommandContext context) {
        if (REPAIRS.stream().anyMatch(repair -> repair.isInstance(command))) {
            throw new AuthorizationException(REPAIR_REFUSED);
        }
        if (command instanceof SubmitStartFormCmd submit) {
            ProcessDefinitionEntity definition = context.getProcessEngineConfiguration()
                    .getDeploymentCache()
                    .findDeployedProcessDefinitionById((String) FORM_DEFINITION.read(submit));
            if (definition == null) {
                return; // the command itself answers "no such process"
            }
            Map<?, ?> variables = (Map<?, ?>) FORM_VARIABLES.read(submit);
            startFormRefusal(
                            startFormFields(definition, context),
                            (String) FORM_BUSINESS_KEY.read(submit),
                            variables == null
                                    ? Set.of()
                                    : variables.keySet().stream()
                                            .map(String::valueOf)
                                            .toList())
                    .ifPresent(reason -> {
                        throw new AuthorizationException(reason);
                    });
        }
    }

    /**
     * Why a person may not submit this start form, or empty: the process must have one ({@code fields} not null), the
     * variables be its fields, the business key left to Constellation.
     */
    static Optional<String> startFormRefusal(Set<String> fields, String businessKey, Collection<String> variables) {
        if (fields == null) {
            return Optional.of(NO_START_FORM);
        }
        Set<String> unknown = new TreeSet<>(variables);
        unknown.removeAll(fields);
        if (!unknown.isEmpty()) {
            return Optional.of(String.format(
                    UNKNOWN_FIELDS,
                    unknown.stream().map(name -> "« " + name + " »").collect(Collectors.joining(", "))));
        }
        return businessKey == null || businessKey.isBlank() ? Optional.empty() : Optional.of(BUSINESS_KEY_REFUSED);
    }

    /** The field keys of the definition's start form as it was deployed with it, or null when it has none. */
    private static Set<String> startFormFields(ProcessDefinitionEntity definition, CommandContext context) {
        FormDefinition startForm = definition.getStartFormDefinition();
        Expression formRef = startForm == null ? null : startForm.getCamundaFormDefinitionKey();
        if (formRef == null) {
            return null;
        }
        return DeployedFormFields.of(definition, formRef, context);
    }
}
