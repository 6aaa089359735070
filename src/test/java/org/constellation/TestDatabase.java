package org.constellation;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * A fresh PostgreSQL database for each test run: on the server of SPRING_DATASOURCE_URL, else on 127.0.0.1:5432 (the
 * one CI starts), else, outside CI, on a real PostgreSQL this JVM starts itself from Maven's zonky binaries, so that
 * {@code ./mvnw verify} needs a JDK alone. No Docker here, so no Testcontainers; and no skipping: under CI a missing
 * server fails the run with a message that says what to start.
 */
public final class TestDatabase {

    public static final String NAME = "constellation_it";
    private static final String LOCAL_HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 5432;
    private static final String SERVER = serverUrl();
    public static final String USER = env("SPRING_DATASOURCE_USERNAME", "postgres");
    public static final String PASSWORD = env("SPRING_DATASOURCE_PASSWORD", "");
    private static final Set<String> CREATED = new HashSet<>();

    private TestDatabase() {}

    /**
     * The database the integration tests share, unless a test class names one of its own in the property
     * {@code constellation.it.database} (a placeholder: a dynamic property of the subclass cannot replace this one).
     */
    public static String url() {
        return SERVER + "${constellation.it.database:" + created(NAME) + "}";
    }

    /** The JDBC URL of database {@code name} on the tests' server. */
    public static String urlOf(String name) {
        return SERVER + name;
    }

    /** A database of its own, empty at the first call of the run (for a test that starts from nothing): its name. */
    public static synchronized String created(String name) {
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
            throw new IllegalStateException(
                    "Integration tests need PostgreSQL at " + SERVER + " (user " + USER + "). "
                            + "Start it, e.g. pg_ctlcluster --skip-systemctl-redirect 15 main start, or set SPRING_DATASOURCE_URL.",
                    e);
        }
    }

    /** jdbc:postgresql://host:port/ of the configured server, whatever database it names. */
    private static String serverUrl() {
        String configured = System.getenv("SPRING_DATASOURCE_URL");
        if (configured != null && !configured.isBlank()) {
            String withoutQuery = configured.split("\\?")[0];
            return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
        }
        if (listening(LOCAL_HOST, LOCAL_PORT) || System.getenv("CI") != null) {
            return "jdbc:postgresql://" + LOCAL_HOST + ":" + LOCAL_PORT + "/";
        }
        return "jdbc:postgresql://localhost:" + EmbeddedServer.start() + "/";
    }

    private static boolean listening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** PostgreSQL started by this JVM, in a data folder of its own, stopped when the JVM ends. */
    private static final class EmbeddedServer {

        static int start() {
            if ("root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException(
                        "No PostgreSQL on " + LOCAL_HOST + ":" + LOCAL_PORT + ", and PostgreSQL "
                                + "refuses to run as root, so the tests cannot start their own: start a server (e.g. pg_ctlcluster "
                                + "--skip-systemctl-redirect 15 main start), set SPRING_DATASOURCE_URL, or run the build as another user.");
            }
            try {
                EmbeddedPostgres server =
                        EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is ending: its temporary data folder goes with the next clean start
                    }
                }));
                return server.getPort();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the tests' own PostgreSQL", e);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
