package org.constellation.security;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.springframework.stereotype.Component;

/**
 * SEC-14, compensating control for CVE-2026-109432 on Camunda CE 7.24.0: expressions inside the or-queries of a task
 * query escape the engine's ban on expressions in ad-hoc queries and lead to code execution. Every path by which a task
 * query reaches the engine goes through a command, and this interceptor sits in front of each kind:
 *
 * <ul>
 *   <li>a task query run on its own (REST {@code /task}, the webapps' {@code /task}, the Java API);
 *   <li>a filter run with a query that extends it (REST and webapps' {@code /filter/{id}/list}, {@code /count},
 *       {@code /singleResult}): the engine merges that query inside the filter's command, where no query command is
 *       ever seen, so the extending query is read from the command itself;
 *   <li>the stored query of that filter, when it runs and when it is saved (REST {@code /filter/create}, {@code PUT
 *       /filter/{id}}, Tasklist's filter dialog).
 * </ul>
 *
 * It runs inside the command context, so that the stored filter can be read in the command's own transaction.
 */
@Component
public class QueryExpressionGuard extends AbstractProcessEnginePlugin {

    private static final EngineCommandFields SAVED_FILTER = EngineCommandFields.of(SaveFilterCmd.class, "filter");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Interceptors.aroundCommands(configuration, QueryExpressionGuard::around);
    }

    /** Refuses a task query, or a filter run or saved, whose queries hold what SEC-14 bans; then runs the command. */
    static <T> T around(Command<T> command, CommandExecutor next) {
        if (command instanceof TaskQueryImpl query) {
            QueryExpressions.refuseInOrQueries(query);
        } else if (command instanceof AbstractExecuteFilterCmd filterRun) {
            if (EngineCommandFields.EXTENDING_QUERY.read(filterRun) instanceof TaskQueryImpl extending) {
                QueryExpressions.refuseInOrQueries(extending);
            }
            String filterId = (String) EngineCommandFields.FILTER_ID.read(filterRun);
            FilterEntity stored = filterId == null
                    ? null
                    : Context.getCommandContext().getFilterManager().findFilterById(filterId);
            if (stored != null && stored.getQuery() instanceof TaskQueryImpl storedQuery) {
                QueryExpressions.requireStoredForms(storedQuery);
            }
        } else if (command instanceof SaveFilterCmd save
                && SAVED_FILTER.read(save) instanceof Filter filter
                && filter.getQuery() instanceof TaskQueryImpl query) {
            QueryExpressions.requireStoredForms(query);
        }
        return next.execute(command);
    }
}
