package org.constellation.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * A group's Tasklist list (« Propositions à instruire ») without the engine's per-task authorization join (ADR 15).
 *
 * <p>The engine grants a candidate group READ on each task it is made a candidate of, one authorization row per task,
 * and checks a task query by joining every row of the reader's groups into the query before its sort: 4.9 s at 5,000
 * open checks, refused at 20,000. When the list's own criterion is « candidate group G » and the reader is a member of
 * G, every task it can return carries that grant, so the check can only say yes: the list then runs with the check off
 * for the query alone. Everything else stays checked: reading the filter (before), the variables shown with the page,
 * any list whose criterion does not imply the grant, another group's list, a reader outside the group, and every list
 * as soon as a revoking authorization exists anywhere (the engine's rows could then say no).
 */
@Component
public class GroupInboxQuery extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Interceptors.aroundCommands(configuration, GroupInboxQuery::around);
    }

    /** A group's list whose grant is implied runs with the check off; every other command as it comes. */
    static <T> T around(Command<T> command, CommandExecutor next) {
        CommandContext context = Context.getCommandContext();
        if (!(command instanceof AbstractExecuteFilterCmd run)
                || context == null
                || !context.isAuthorizationCheckEnabled()
                || !grantImplied(context, run)) {
            return next.execute(command);
        }
        context.disableAuthorizationCheck();
        try {
            return next.execute(command);
        } finally {
            context.enableAuthorizationCheck();
        }
    }

    /** Whether every task the list can return is one the reader's group was granted as candidate. */
    static boolean grantImplied(CommandContext context, AbstractExecuteFilterCmd run) {
        Authentication reader = context.getAuthentication();
        if (!context.getProcessEngineConfiguration().isAuthorizationEnabled()
                || reader == null
                || reader.getGroupIds() == null) {
            return false;
        }
        String filterId = (String) EngineCommandFields.FILTER_ID.read(run);
        // Reading the filter is checked as always: a reader it is not shared with is refused here.
        FilterEntity filter =
                filterId == null ? null : context.getFilterManager().findFilterById(filterId);
        if (filter == null || !(filter.getQuery() instanceof TaskQueryImpl stored)) {
            return false;
        }
        TaskQueryImpl query = EngineCommandFields.EXTENDING_QUERY.read(run) instanceof TaskQueryImpl extending
                ? (TaskQueryImpl) stored.extend(extending)
                : stored;
        return impliesGrant(query, reader.getGroupIds()) && !revokesExist(context, reader);
    }

    /**
     * The query's main criteria (or-queries only narrow them) name one candidate group, literally, and the reader is in
     * it.
     */
    static boolean impliesGrant(TaskQuery taskQuery, List<String> readerGroups) {
        TaskQueryImpl query = (TaskQueryImpl) taskQuery;
        String group = query.getCandidateGroup();
        return group != null
                && !query.getExpressions().containsKey("taskCandidateGroup")
                && readerGroups.contains(group);
    }

    /** The engine's own test of whether a revoking authorization may concern the reader (as its "auto" mode does). */
    private static boolean revokesExist(CommandContext context, Authentication reader) {
        if ("never".equalsIgnoreCase(context.getProcessEngineConfiguration().getAuthorizationCheckRevokes())) {
            return false;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("userId", reader.getUserId());
        parameters.put("authGroupIds", reader.getGroupIds());
        return context.getDbEntityManager().selectBoolean("selectRevokeAuthorization", parameters);
    }
}
