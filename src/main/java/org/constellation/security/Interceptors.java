package org.constellation.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** The engine's custom interceptor lists, which may be null before a plugin adds the first. */
final class Interceptors {

    private Interceptors() {}

    /** What an interceptor does with a command; {@code next} runs it. */
    interface Around {
        <T> T execute(Command<T> command, CommandExecutor next);
    }

    /** Puts {@code around} in front of the commands of both chains, after the command context opens. */
    static void aroundCommands(ProcessEngineConfigurationImpl configuration, Around around) {
        afterContextOpens(configuration, () -> new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                return around.execute(command, next);
            }
        });
    }

    /**
     * Puts a fresh interceptor in both of the engine's chains (commands in the caller's transaction, or in one of their
     * own), after the command context opens: it may read the command's context and its entities.
     */
    static void afterContextOpens(
            ProcessEngineConfigurationImpl configuration, Supplier<? extends CommandInterceptor> interceptor) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor.get()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), interceptor.get()));
    }

    static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(added);
        return interceptors;
    }
}
