package org.mpscommons.forum.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 20's change of the default (reactions in the daily mail) on a site that already has members: a stored
 * IMMEDIATE was the old default and cannot be told from a choice, so it becomes "no choice" and follows the new
 * default; DAILY and NEVER were chosen and stay.
 */
class EmailModeMigrationTest {

    @Test
    void membersOnTheOldDefaultFollowTheNewOneAndChoicesStay() {
        SingleConnectionDataSource database = new SingleConnectionDataSource(
                "jdbc:h2:mem:modes-" + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "",
                true);
        try {
            flyway(database, "38").migrate();
            JdbcClient jdbc = JdbcClient.create(database);
            jdbc.sql("INSERT INTO forum_member (member_id, approved_posts) VALUES (1, 0)")
                    .update();
            jdbc.sql("""
                    INSERT INTO forum_member (member_id, approved_posts, email_mode)
                    VALUES (2, 3, 'IMMEDIATE'), (3, 0, 'DAILY'), (4, 1, 'NEVER')
                    """).update();

            flyway(database, "39").migrate();
            jdbc.sql("INSERT INTO forum_member (member_id, approved_posts) VALUES (5, 0)")
                    .update();

            Map<Long, String> modes = jdbc
                    .sql("SELECT member_id, COALESCE(email_mode, '-') FROM forum_member")
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(modes)
                    .containsExactlyInAnyOrderEntriesOf(Map.of(1L, "-", 2L, "-", 3L, "DAILY", 4L, "NEVER", 5L, "-"));
        } finally {
            database.destroy();
        }
    }

    private static Flyway flyway(SingleConnectionDataSource database, String target) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }
}
