package org.constellation.security;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Sees the command a person sends to the engine (through the REST API, the webapps' API or Java): the outermost
 * command of a call. What runs nested inside it is the model's doing, not the person's (a listener starting a mail's
 * process, the next task assigned by the model), and passes unchecked. Each guard counts its own depth, on this
 * thread, across the engine's two interceptor chains (required and requires-new transactions).
 */
abstract class PersonCommandInterceptor extends CommandInterceptor {

  private final ThreadLocal<int[]> depth;

  PersonCommandInterceptor(ThreadLocal<int[]> depth) {
    this.depth = depth;
  }

  static ThreadLocal<int[]> newDepth() {
    return ThreadLocal.withInitial(() -> new int[1]);
  }

  @Override
  public final <T> T execute(Command<T> command) {
    int[] commands = depth.get();
    boolean outermost = commands[0]++ == 0;
    try {
      return outermost ? executeOutermost(command) : next.execute(command);
    } finally {
      commands[0]--;
    }
  }

  /** The person's own command: check it, then run it with {@code next}. */
  protected abstract <T> T executeOutermost(Command<T> command);
}
