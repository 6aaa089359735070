package org.constellation.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * SEC-14, compensating control for CVE-2026-109432 on Camunda CE 7.24.0: expressions inside the or-queries of a task
 * query escape the engine's ban on expressions in ad-hoc queries and lead to code execution. Every task query that
 * reaches the engine, through Tasklist, the REST API or Java, is refused when one of its or-queries carries one.
 */
@Component
public class OrQueryExpressionGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(withGuard(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withGuard(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new Interceptor());
    return interceptors;
  }

  static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof TaskQueryImpl query) {
        for (TaskQueryImpl orQuery : query.getQueries()) {
          if (orQuery != query && !orQuery.getExpressions().isEmpty()) {
            throw new BadUserRequestException("Expressions are forbidden in or-queries of task queries");
          }
        }
      }
      return next.execute(command);
    }
  }
}
