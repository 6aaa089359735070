package org.constellation.security;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.constellation.security.TaskOwnership.Action;
import org.springframework.stereotype.Component;

/**
 * Enforces {@link TaskOwnership} on every command a person sends about a task, whether through the REST API, the
 * webapps (Tasklist's claim, assign, complete and form submission) or the Java API. Only the outermost command of a
 * call is checked: what the model does on its own (a follow-up person assigned by the next task, a listener adding a
 * candidate) runs nested inside the person's command and is the model's decision, not theirs.
 *
 * <p>It also gives a person the reason when a task listener refuses what they submitted (a
 * {@link BadUserRequestException} from {@code TaskInput}): the engine wraps it into an internal error, answered 500
 * with its stack trace in the log; this unwraps it, so that it is logged at debug level and answered 400 with the
 * reason.
 */
@Component
public class TaskOwnershipGuard extends AbstractProcessEnginePlugin {

    /** Commands that work on a task: read their task id from the field of that name. */
    private static final Map<Class<?>, EngineCommandFields> WORK = Map.of(
            CompleteTaskCmd.class, EngineCommandFields.of(CompleteTaskCmd.class, "taskId"),
            SubmitTaskFormCmd.class, EngineCommandFields.of(SubmitTaskFormCmd.class, "taskId"),
            HandleTaskBpmnErrorCmd.class, EngineCommandFields.of(HandleTaskBpmnErrorCmd.class, "taskId"),
            HandleTaskEscalationCmd.class, EngineCommandFields.of(HandleTaskEscalationCmd.class, "taskId"),
            SetTaskVariablesCmd.class, EngineCommandFields.of(SetTaskVariablesCmd.class, "entityId"),
            RemoveTaskVariablesCmd.class, EngineCommandFields.of(RemoveTaskVariablesCmd.class, "entityId"),
            PatchTaskVariablesCmd.class, EngineCommandFields.of(AbstractPatchVariablesCmd.class, "entityId"));

    private static final EngineCommandFields PROPERTY_TASK =
            EngineCommandFields.of(AbstractSetTaskPropertyCmd.class, "taskId");
    private static final EngineCommandFields PROPERTY_VALUE =
            EngineCommandFields.of(AbstractSetTaskPropertyCmd.class, "value");
    private static final EngineCommandFields LINK_USER =
            EngineCommandFields.of(AbstractAddIdentityLinkCmd.class, "userId");
    private static final EngineCommandFields LINK_TYPE =
            EngineCommandFields.of(AbstractAddIdentityLinkCmd.class, "type");
    private static final EngineCommandFields UNLINK_TASK =
            EngineCommandFields.of(DeleteIdentityLinkCmd.class, "taskId");
    private static final EngineCommandFields UNLINK_TYPE = EngineCommandFields.of(DeleteIdentityLinkCmd.class, "type");
    private static final EngineCommandFields CLAIM_TASK = EngineCommandFields.of(ClaimTaskCmd.class, "taskId");
    private static final EngineCommandFields CLAIM_USER = EngineCommandFields.of(ClaimTaskCmd.class, "userId");
    private static final EngineCommandFields DELEGATE_TASK = EngineCommandFields.of(DelegateTaskCmd.class, "taskId");
    private static final EngineCommandFields SAVED_TASK = EngineCommandFields.of(SaveTaskCmd.class, "task");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                Interceptors.with(configuration.getCustomPreCommandInterceptorsTxRequired(), new RefusalTranslator()));
        PersonCommandInterceptor.register(configuration, Interceptor::new);
    }

    /** A submission a task listener refused: a person's mistake, logged by the engine at debug level only. */
    static final class SubmissionRefused extends BadUserRequestException {
        SubmissionRefused(String reason) {
            super(reason);
        }
    }

    /**
     * Outside the command context, once the engine has logged it: the REST API answers 400 to a form validation
     * exception only (any other exception of a completion is its 500), so the refusal becomes one.
     */
    static final class RefusalTranslator extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (SubmissionRefused refused) {
                throw new FormFieldValidationException(null, refused.getMessage());
            }
        }
    }

    /**
     * A command about one task: which task, what it does, to whom it gives the task (claims and assignments) and, when
     * the command itself knows, who held it before; otherwise the task is read.
     */
    record TaskCommand(String taskId, Action action, String newAssignee, boolean assigneeKnown, String assignee) {
        TaskCommand(String taskId, Action action, String newAssignee) {
            this(taskId, action, newAssignee, false, null);
        }
    }

    static TaskCommand read(Command<?> command) {
        EngineCommandFields work = WORK.get(command.getClass());
        if (work == null && command instanceof CompleteTaskCmd) {
            work = WORK.get(CompleteTaskCmd.class); // ResolveTaskCmd
        }
        if (work != null) {
            return new TaskCommand((String) work.read(command), Action.WORK, null);
        }
        if (command instanceof ClaimTaskCmd) {
            String user = (String) CLAIM_USER.read(command);
            return new TaskCommand(
                    (String) CLAIM_TASK.read(command), user == null ? Action.ASSIGN : Action.CLAIM, user);
        }
        if (command instanceof DelegateTaskCmd) {
            return new TaskCommand((String) DELEGATE_TASK.read(command), Action.REASSIGN, null);
        }
        if (command instanceof AbstractAddIdentityLinkCmd) {
            String taskId = (String) PROPERTY_TASK.read(command);
            boolean assignee =
                    command instanceof AssignTaskCmd || IdentityLinkType.ASSIGNEE.equals(LINK_TYPE.read(command));
            return new TaskCommand(
                    taskId, assignee ? Action.ASSIGN : Action.REASSIGN, (String) LINK_USER.read(command));
        }
        if (command instanceof DeleteIdentityLinkCmd) {
            boolean assignee = IdentityLinkType.ASSIGNEE.equals(UNLINK_TYPE.read(command));
            return new TaskCommand(
                    (String) UNLINK_TASK.read(command), assignee ? Action.ASSIGN : Action.REASSIGN, null);
        }
        if (command instanceof AbstractSetTaskPropertyCmd) {
            return new TaskCommand((String) PROPERTY_TASK.read(command), Action.WORK, null);
        }
        return null;
    }

    static final class Interceptor extends PersonCommandInterceptor {

        @Override
        protected <T> T executeOutermost(Command<T> command) {
            TaskCommand taskCommand = taskCommand(command);
            if (taskCommand != null) {
                check(taskCommand, Context.getCommandContext());
            }
            try {
                return next.execute(command);
            } catch (ProcessEngineException failure) {
                throw taskCommand != null && taskCommand.action() == Action.WORK ? reasonOf(failure) : failure;
            }
        }

        private static TaskCommand taskCommand(Command<?> command) {
            return command instanceof SaveTaskCmd save ? saved((TaskEntity) SAVED_TASK.read(save)) : read(command);
        }

        private static void check(TaskCommand command, CommandContext context) {
            Authentication authentication = context.getAuthentication();
            if (authentication == null || authentication.getUserId() == null || command.taskId() == null) {
                return;
            }
            String assignee = command.assignee();
            if (!command.assigneeKnown()) {
                TaskEntity task = context.getTaskManager().findTaskById(command.taskId());
                if (task == null) {
                    return; // the command itself answers "no such task"
                }
                assignee = task.getAssignee();
            }
            List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
            boolean coordinator =
                    groups.contains(StaffAccessSetup.COORDINATORS) || groups.contains(Groups.CAMUNDA_ADMIN);
            TaskOwnership.refusal(
                            authentication.getUserId(), coordinator, assignee, command.action(), command.newAssignee())
                    .ifPresent(reason -> {
                        throw new AuthorizationException(reason);
                    });
        }

        /**
         * Saving a task (REST {@code PUT /task/{id}}) assigns it when its assignee changed, reassigns it when its owner
         * did, and works on it otherwise; the task, read just before, says what it held.
         */
        private static TaskCommand saved(TaskEntity task) {
            if (task == null || task.getId() == null || task.getRevision() == 0) {
                return null; // a new stand-alone task: the engine's CREATE authorization decides
            }
            PropertyChange owner = task.getPropertyChanges().get(TaskEntity.OWNER);
            if (owner != null && !Objects.equals(owner.getOrgValue(), owner.getNewValue())) {
                return new TaskCommand(task.getId(), Action.REASSIGN, null, true, task.getAssignee());
            }
            PropertyChange assignee = task.getPropertyChanges().get(TaskEntity.ASSIGNEE);
            if (assignee != null && !Objects.equals(assignee.getOrgValue(), assignee.getNewValue())) {
                return new TaskCommand(task.getId(), Action.ASSIGN, (String) assignee.getNewValue(), true, (String)
                        assignee.getOrgValue());
            }
            return new TaskCommand(task.getId(), Action.WORK, null, true, task.getAssignee());
        }

        /** The reason a task listener gave for refusing a submission, when there is one; else the failure as it was. */
        private static RuntimeException reasonOf(ProcessEngineException failure) {
            for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BadUserRequestException refused) {
                    return new SubmissionRefused(refused.getMessage());
                }
            }
            return failure;
        }
    }
}
