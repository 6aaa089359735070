package org.constellation.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to build the engine, hence to start, when the administrator created at start-up has no password: an unset
 * environment variable must never leave an administrator with an empty or guessable password. Runs before the starter
 * creates that user.
 */
@Component
public class AdministratorPasswordGuard extends AbstractProcessEnginePlugin {

    static final String PASSWORD = "camunda.bpm.admin-user.password";

    private final Environment environment;

    public AdministratorPasswordGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        String password = environment.getProperty(PASSWORD, "");
        if (password.isBlank() || password.startsWith("${")) {
            throw new IllegalStateException(
                    "No administrator password: set CONSTELLATION_ADMIN_PASSWORD (" + PASSWORD + ")");
        }
    }
}
