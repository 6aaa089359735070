package org.constellation.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * A fresh PostgreSQL database for each test run, on the server of SPRING_DATASOURCE_URL or 127.0.0.1:5432. No Docker
 * here, so no Testcontainers; and no skipping: a missing server fails the run with a message that says what to start.
 */
final class TestDatabase {

  static final String NAME = "constellation_it";
  private static final String SERVER = serverUrl();
  static final String USER = env("SPRING_DATASOURCE_USERNAME", "postgres");
  static final String PASSWORD = env("SPRING_DATASOURCE_PASSWORD", "");
  private static final Set<String> CREATED = new HashSet<>();

  private TestDatabase() {}

  /**
   * The database the integration tests share, unless a test class names one of its own in the property
   * {@code constellation.it.database} (a placeholder: a dynamic property of the subclass cannot replace this one).
   */
  static String url() {
    return SERVER + "${constellation.it.database:" + created(NAME) + "}";
  }

  /** A database of its own, empty at the first call of the run (for a test that starts from nothing): its name. */
  static synchronized String created(String name) {
    if (CREATED.add(name)) {
      recreate(name);
    }
    return name;
  }

  private static void recreate(String name) {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
        Statement sql = connection.createStatement()) {
      sql.execute("drop database if exists " + name + " with (force)");
      sql.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Integration tests need PostgreSQL at " + SERVER + " (user " + USER + "). "
          + "Start it, e.g. pg_ctlcluster --skip-systemctl-redirect 15 main start, or set SPRING_DATASOURCE_URL.", e);
    }
  }

  /** jdbc:postgresql://host:port/ of the configured server, whatever database it names. */
  private static String serverUrl() {
    String configured = env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    String withoutQuery = configured.split("\\?")[0];
    return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
