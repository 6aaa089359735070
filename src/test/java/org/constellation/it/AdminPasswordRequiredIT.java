package org.constellation.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.constellation.ConstellationApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile never starts with a default administrator password. */
class AdminPasswordRequiredIT {

  @Test
  void thePostgresProfileRefusesToStartWithoutAnAdministratorPassword() {
    SpringApplicationBuilder application = new SpringApplicationBuilder(ConstellationApplication.class)
        .profiles("postgres");
    // Everything else the profile needs is given, so that the administrator password is the only thing missing.
    assertThatThrownBy(() -> application.run(
        "--spring.datasource.url=jdbc:h2:mem:no-admin-password",
        "--spring.datasource.username=sa",
        "--SMTP_HOST=127.0.0.1",
        "--CONSTELLATION_PUBLIC_BASE_URL=https://constellation.example.org",
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--server.port=0"))
        .hasStackTraceContaining("No administrator password: set CONSTELLATION_ADMIN_PASSWORD");
  }
}
