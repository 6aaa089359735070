package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.constellation.ConstellationApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile never starts with a default administrator password. */
class AdminPasswordRequiredIT {

    @Test
    void thePostgresProfileRefusesToStartWithoutAnAdministratorPassword() {
        // No web server: Camunda's webapp initializer keeps static state per JVM, and a context that fails after
        // setting
        // it would leave the other integration tests' webapps answering 500 (it did, whenever this test ran after
        // them).
        SpringApplicationBuilder application = new SpringApplicationBuilder(ConstellationApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("postgres");
        // Everything else the profile needs is given, so that the administrator password is the only thing missing.
        assertThatThrownBy(() -> application.run(
                        "--spring.datasource.url=jdbc:h2:mem:no-admin-password",
                        "--spring.datasource.username=sa",
                        "--SMTP_HOST=127.0.0.1",
                        "--CONSTELLATION_SIGNING_KEY=une-cle-de-signature-commune-aux-noeuds",
                        "--CONSTELLATION_PUBLIC_BASE_URL=https://constellation.example.org",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.generate-unique-process-engine-name=true"))
                .hasStackTraceContaining("No administrator password: set CONSTELLATION_ADMIN_PASSWORD");
    }
}
