package org.mpscommons.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * An acknowledged write must survive the process being killed with SIGKILL. Uses the H2 URL exactly as
 * application.yml builds it, so a change to its settings that loses commits fails here.
 */
class H2DurabilityTest {

    private static final int ACKS_BEFORE_KILL = 400;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedCommitSurvivesKillMinusNine() throws Exception {
        String url = applicationH2Url(dataDir);
        assertThat(url).startsWith("jdbc:h2:file:");

        Process writer = new ProcessBuilder(
                        javaExecutable(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        H2DurabilityWriter.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        long lastAcknowledged = 0;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (lastAcknowledged < ACKS_BEFORE_KILL && (line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAcknowledged = Long.parseLong(line.substring(4));
                }
            }
            // On Unix destroyForcibly() sends SIGKILL: no shutdown hook, no chance to flush.
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastAcknowledged).as("acknowledged writes before the kill").isEqualTo(ACKS_BEFORE_KILL);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM durability_probe WHERE id <= " + lastAcknowledged)) {
            rows.next();
            assertThat(rows.getLong(1))
                    .as("acknowledged rows present after kill -9")
                    .isEqualTo(lastAcknowledged);
        }
    }

    static String applicationH2Url(Path dataDir) throws Exception {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new PropertiesPropertySource("application.yml", properties));
        // Only the data directory is ours; an MPS_DB_URL in the environment must not redirect the test.
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("test", Map.of("mps.data-dir", dataDir.toString())));
        return environment.getProperty("spring.datasource.url");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
