package org.mpscommons.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.mpscommons.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same checks run on H2 and, with MPS_TEST_PG_URL set, on PostgreSQL. */
@SiteTest
@Tag("db")
class DatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnTheDatabaseThisTestRunAskedFor() {
        String product = jdbc.sql("SELECT 1")
                .query((rs, n) ->
                        rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
                .single();
        assertThat(product).isEqualTo(TestDatabase.isPostgres() ? "PostgreSQL" : "H2");
    }

    @Test
    void everyMigrationApplied() {
        List<Boolean> results = jdbc.sql("SELECT success FROM flyway_schema_history WHERE version IS NOT NULL")
                .query(Boolean.class)
                .list();
        assertThat(results).isNotEmpty().containsOnly(true);
    }

    @Test
    void timesAreStoredAsInstantsAndReadBackUnchanged() {
        UUID id = UUID.randomUUID();
        // Larger than a PostgreSQL B-tree entry may be (about 2.7 kB), in multi-byte characters.
        String largeEvent = "{\"text\":\"" + "長い本文".repeat(2_000) + "\"}";
        // A time with a non-UTC offset must come back as the same instant.
        OffsetDateTime tokyo = OffsetDateTime.of(2026, 11, 25, 9, 30, 15, 123_456_000, ZoneOffset.ofHours(9));
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
                VALUES (:id, 'test.listener', 'test.Event', :event, :published)
                """)
                .param("id", id)
                .param("event", largeEvent)
                .param("published", tokyo)
                .update();

        Instant stored = jdbc.sql("SELECT publication_date FROM event_publication WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .single();
        assertThat(stored).isEqualTo(tokyo.toInstant().truncatedTo(ChronoUnit.MICROS));
        String event = jdbc.sql("SELECT serialized_event FROM event_publication WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(event.equals(largeEvent))
                .as("large event text read back unchanged")
                .isTrue();

        jdbc.sql("DELETE FROM event_publication WHERE id = :id").param("id", id).update();
    }
}
