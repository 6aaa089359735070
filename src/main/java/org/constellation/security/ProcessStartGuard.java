package org.constellation.security;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
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
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.constellation.workflow.CamundaForm;
import org.constellation.workflow.DeployedForms;
import org.springframework.stereotype.Component;

/**
 * A person starts a process only the way the product intends: through its start form, with that form's fields and
 * nothing else. Processes without a start form (a call's, a mail's, a link's) are started by Constellation itself;
 * starting an instance at a chosen step, moving, restarting or migrating instances are an administrator's repair tools.
 * Without this, anyone allowed to enter a proposal by hand could start a lifecycle at « Annuler l'entrée du
 * programme » for someone else's proposal, or hand a second lifecycle an existing proposal's id.
 *
 * <p>Checked on the person's own command, whatever the path (REST, the webapps' API, Java with a signed-in user);
 * administrators ({@code camunda-admin}) pass, and so does the application's own code, which signs nobody in.
 */
@Component
public class ProcessStartGuard extends AbstractProcessEnginePlugin {

  private static final EngineCommandFields INSTANTIATION =
      EngineCommandFields.of(StartProcessInstanceCmd.class, "instantiationBuilder");
  private static final EngineCommandFields FORM_DEFINITION =
      EngineCommandFields.of(SubmitStartFormCmd.class, "processDefinitionId");
  private static final EngineCommandFields FORM_BUSINESS_KEY = EngineCommandFields.of(SubmitStartFormCmd.class, "businessKey");
  private static final EngineCommandFields FORM_VARIABLES = EngineCommandFields.of(SubmitStartFormCmd.class, "variables");

  /** Commands that start an instance at a chosen step, or move, restart or migrate instances. */
  private static final List<Class<?>> REPAIRS = List.of(StartProcessInstanceAtActivitiesCmd.class,
      ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class,
      AbstractRestartProcessInstanceCmd.class, AbstractMigrationCmd.class);

  static final String REPAIR_REFUSED = "Démarrer une instance à une étape choisie, déplacer, redémarrer ou migrer des "
      + "instances est réservé à l'administration (Cockpit).";
  static final String NO_START_FORM = "Ce processus est lancé par Constellation lui-même : personne ne le démarre à "
      + "la main. Une proposition reçue par courrier ou par téléphone se saisit avec « Cycle de vie d'une proposition ».";
  static final String BUSINESS_KEY_REFUSED = "La référence de la proposition (« Business Key ») est attribuée par "
      + "Constellation : laissez ce champ vide.";
  static final String UNKNOWN_FIELDS = "Le formulaire de démarrage ne connaît pas %s : une proposition saisie par "
      + "l'équipe reçoit ses champs et rien d'autre ; Constellation attribue le reste (référence, appel, instruction).";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        Interceptors.with(configuration.getCustomPostCommandInterceptorsTxRequired(), new Interceptor()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        Interceptors.with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new Interceptor()));
  }

  static final class Interceptor extends PersonCommandInterceptor {

    private static final ThreadLocal<int[]> DEPTH = newDepth();

    Interceptor() {
      super(DEPTH);
    }

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
    DeploymentCache deployments = context.getProcessEngineConfiguration().getDeploymentCache();
    if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) INSTANTIATION.read(start);
      ProcessDefinitionEntity definition = builder.getProcessDefinitionId() != null
          ? deployments.findDeployedProcessDefinitionById(builder.getProcessDefinitionId())
          : deployments.findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
      checkStart(definition, builder.getBusinessKey(), builder.getVariables(), context);
    } else if (command instanceof SubmitStartFormCmd submit) {
      String definitionId = (String) FORM_DEFINITION.read(submit);
      checkStart(deployments.findDeployedProcessDefinitionById(definitionId), (String) FORM_BUSINESS_KEY.read(submit),
          (Map<?, ?>) FORM_VARIABLES.read(submit), context);
    }
  }

  /** A start by a person: a process that has a start form, that form's fields only, no business key of their own. */
  private static void checkStart(ProcessDefinitionEntity definition, String businessKey, Map<?, ?> variables,
      CommandContext context) {
    if (definition == null) {
      return; // the command itself answers "no such process"
    }
    FormDefinition startForm = definition.getStartFormDefinition();
    Expression formRef = startForm == null ? null : startForm.getCamundaFormDefinitionKey();
    if (formRef == null) {
      throw new AuthorizationException(NO_START_FORM);
    }
    String deployment = definition.getDeploymentId();
    String formId = formRef.getExpressionText();
    CamundaForm form = DeployedForms.of(deployment, formId, () -> {
      ResourceEntity resource = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(deployment, DeployedForms.resource(formId));
      return resource == null ? null : new ByteArrayInputStream(resource.getBytes());
    });
    Set<String> fields = form.inputs().stream().map(CamundaForm.Component::key).collect(Collectors.toSet());
    Set<String> unknown = new TreeSet<>();
    if (variables != null) {
      variables.keySet().stream().map(String::valueOf).filter(name -> !fields.contains(name)).forEach(unknown::add);
    }
    if (!unknown.isEmpty()) {
      throw new AuthorizationException(String.format(UNKNOWN_FIELDS,
          unknown.stream().map(name -> "« " + name + " »").collect(Collectors.joining(", "))));
    }
    if (businessKey != null && !businessKey.isBlank()) {
      throw new AuthorizationException(BUSINESS_KEY_REFUSED);
    }
  }
}
