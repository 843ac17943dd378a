package org.mpscommons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at a database of its own, never at ./data: by default the application's
 * own H2 file database, in a temporary data directory; with {@code -Dmps.test.database=postgresql} a fresh schema in the PostgreSQL
 * database that {@code MPS_TEST_PG_URL} names (dropped when the test JVM exits). Registered for all tests in
 * META-INF/spring.factories.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** One data directory per test JVM, so that every test context with the same settings shares it. */
    private static final Path DATA_DIR = createDataDir();

    private static volatile String postgresSchema;

    private static Path createIndexDir() {
        try {
            return java.nio.file.Files.createTempDirectory(DATA_DIR, "search-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty("mps.test.database"));
    }

    public static Path dataDir() {
        return DATA_DIR;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("mps.data-dir", DATA_DIR.toString());
        // Each application context is a node of its own: its own search index, filled from the shared database.
        properties.put("mps.search.index-dir", createIndexDir().toString());
        properties.put("mps.test.smtp-port", TestMailServer.PORT);
        if (isPostgres()) {
            String url = requiredEnv("MPS_TEST_PG_URL");
            String schema = postgresSchema(url);
            properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            properties.put("spring.datasource.username", user());
            properties.put("spring.datasource.password", password());
        }
        // Otherwise the application's own H2 URL, which lives under mps.data-dir.
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mps-test-database", properties));
        context.getBeanFactory().addBeanPostProcessor(SqlStatements.wrapper());
    }

    private static synchronized String postgresSchema(String url) {
        if (postgresSchema == null) {
            String schema = "mps_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
            execute(url, "CREATE SCHEMA " + schema);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(url, "DROP SCHEMA " + schema + " CASCADE")));
            postgresSchema = schema;
        }
        return postgresSchema;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql, e);
        }
    }

    private static String user() {
        return System.getenv().getOrDefault("MPS_TEST_PG_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("MPS_TEST_PG_PASSWORD", "");
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    name + " must name the PostgreSQL database for -Dmps.test.database=postgresql");
        }
        return value;
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("mps-test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
