package org.constellation.security;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * An expert reads a proposal only after declaring that they have no conflict of interest with it (a member with an
 * interest withdraws from the examination too, CGCT L2131-11). While their task is « Déclarer ses liens d'intérêts »,
 * reading its variables, through Tasklist, the REST API or the Java API as a signed-in person, gives only what the
 * declaration's form shows (the reference, the title, the commune, the holder's organisation) and the task's own
 * variables, never the proposal's content. The expert is withheld from even when they coordinate too; coordinators and
 * administrators read other people's declarations whole. The finance department (issue 32), which reads no case, reads
 * of the payments it confirms only what their form shows, the same way.
 */
@Component
public class ExpertDisclosureGuard extends AbstractProcessEnginePlugin {

    /** The task before which the proposal stays closed; its form says what may be read. */
    static final String BEFORE_DECLARATION = "Task_DeclareInterests";

    private static final Map<Class<?>, EngineCommandFields> TASK_OF = Map.of(
            GetTaskVariablesCmd.class, EngineCommandFields.of(GetTaskVariablesCmd.class, "taskId"),
            GetTaskVariableCmd.class, EngineCommandFields.of(GetTaskVariableCmd.class, "taskId"),
            GetTaskVariableCmdTyped.class, EngineCommandFields.of(GetTaskVariableCmdTyped.class, "taskId"),
            GetTaskFormVariablesCmd.class, EngineCommandFields.of(AbstractGetFormVariablesCmd.class, "resourceId"));

    private static final Map<Class<?>, EngineCommandFields> NAME_OF = Map.of(
            GetTaskVariableCmd.class, EngineCommandFields.of(GetTaskVariableCmd.class, "variableName"),
            GetTaskVariableCmdTyped.class, EngineCommandFields.of(GetTaskVariableCmdTyped.class, "variableName"));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        PersonCommandInterceptor.register(configuration, Interceptor::new);
    }

    static final class Interceptor extends PersonCommandInterceptor {

        @Override
        @SuppressWarnings("unchecked")
        protected <T> T executeOutermost(Command<T> command) {
            T result = next.execute(command);
            EngineCommandFields taskField = TASK_OF.get(command.getClass());
            if (taskField == null || result == null) {
                return result;
            }
            Set<String> readable = readable((String) taskField.read(command), Context.getCommandContext());
            if (readable == null) {
                return result;
            }
            if (result instanceof VariableMap variables) {
                VariableMap kept = Variables.createVariables();
                variables.keySet().stream()
                        .filter(readable::contains)
                        .forEach(name -> kept.putValueTyped(name, variables.getValueTyped(name)));
                return (T) kept;
            }
            return readable.contains((String) NAME_OF.get(command.getClass()).read(command)) ? result : null;
        }
    }

    /** What the person may read of the task's variables, or null when nothing is withheld from them. */
    static Set<String> readable(String taskId, CommandContext context) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || authentication.getUserId() == null || taskId == null) {
            return null;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return null;
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        boolean team = groups.contains(StaffAccessSetup.COORDINATORS) || groups.contains(Groups.CAMUNDA_ADMIN);
        boolean finance = groups.contains(StaffAccessSetup.FINANCE) && !team;
        if (!BEFORE_DECLARATION.equals(task.getTaskDefinitionKey()) && !finance) {
            return null;
        }
        if (!finance && team && !authentication.getUserId().equals(task.getAssignee())) {
            return null;
        }
        Set<String> readable = new HashSet<>(task.getVariablesLocal().keySet());
        Expression formRef = task.getTaskDefinition().getFormDefinition().getCamundaFormDefinitionKey();
        if (formRef != null) {
            readable.addAll(DeployedFormFields.of(task.getProcessDefinition(), formRef, context));
        }
        return readable;
    }
}
