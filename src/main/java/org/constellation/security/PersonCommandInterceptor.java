package org.constellation.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Sees the command a person sends to the engine (through the REST API, the webapps' API or Java): the outermost command
 * of a call. What runs nested inside it is the model's doing, not the person's (a listener starting a mail's process,
 * the next task assigned by the model), and passes unchecked. Each guard counts its own depth, on this thread, across
 * the engine's two interceptor chains (required and requires-new transactions): one count per class.
 */
abstract class PersonCommandInterceptor extends CommandInterceptor {

    private static final ClassValue<ThreadLocal<int[]>> DEPTHS = new ClassValue<>() {
        @Override
        protected ThreadLocal<int[]> computeValue(Class<?> guard) {
            return ThreadLocal.withInitial(() -> new int[1]);
        }
    };

    /** Puts a guard in front of the commands of both chains, after the command context opens. */
    static void register(ProcessEngineConfigurationImpl configuration, Supplier<PersonCommandInterceptor> guard) {
        Interceptors.afterContextOpens(configuration, guard);
    }

    @Override
    public final <T> T execute(Command<T> command) {
        int[] commands = DEPTHS.get(getClass()).get();
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
