package org.mpscommons.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.mpscommons.MpsCommonsApplication;
import org.mpscommons.TestDatabase;

/**
 * The generator fills a new database with the small scale's forum, consistent with itself (counts, reactions,
 * follows as the site keeps them), the same from the same seed, and leaves the site able to go on adding to it.
 * On H2 only: it needs an empty database of its own, which the PostgreSQL test schema is not.
 */
class GenerateDataTest {

    @Test
    void theSmallScaleIsGeneratedConsistentlyAndTheSameFromTheSameSeed() throws Exception {
        String first = database();
        Run run = generate(first, 7);
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("50 members, 100 topics, 1,000 posts")
                .contains("20 articles")
                .contains("reindex: done");

        try (Connection db = DriverManager.getConnection(first, "sa", "")) {
            assertThat(number(db, "SELECT COUNT(*) FROM forum_post")).isEqualTo(1000);
            assertThat(number(db, "SELECT COUNT(*) FROM forum_topic")).isEqualTo(100);
            assertThat(number(db, "SELECT COUNT(*) FROM member WHERE email LIKE '%@generated.invalid'"))
                    .isEqualTo(50);
            // Each with the skeleton that keeps look-alike names out (stored as written, not left to the backfill).
            assertThat(number(
                            db,
                            "SELECT COUNT(DISTINCT display_skeleton) FROM member "
                                    + "WHERE email LIKE '%@generated.invalid'"))
                    .isEqualTo(50);
            assertThat(number(db, "SELECT COUNT(*) FROM forum_post WHERE topic_id = (SELECT MIN(id) FROM forum_topic)"))
                    .isEqualTo(DatasetGenerator.FIRST_TOPIC_POSTS);
            // Both languages, rendered by the site's pipeline (paragraphs, quotes, lists, links to articles).
            assertThat(number(db, "SELECT COUNT(*) FROM forum_post WHERE language = 'ja'"))
                    .isBetween(500L, 900L);
            assertThat(number(db, "SELECT COUNT(*) FROM forum_post WHERE body_html LIKE '%<blockquote>%'"))
                    .isPositive();
            assertThat(number(db, "SELECT COUNT(*) FROM forum_post WHERE body_html LIKE '%<li>%'"))
                    .isPositive();
            assertThat(number(db, "SELECT COUNT(*) FROM forum_post WHERE body_html LIKE '%href=\"/%/articles/k/%'"))
                    .isPositive();
            // Articles in both languages beside the shipped ones, rendered with headings and numbered citations.
            assertThat(number(
                            db, "SELECT COUNT(*) FROM article WHERE slug LIKE 'generated-%' AND status = 'PUBLISHED'"))
                    .isEqualTo(20);
            assertThat(number(db, "SELECT COUNT(DISTINCT translation_key) FROM article WHERE slug LIKE 'generated-%'"))
                    .isEqualTo(10);
            assertThat(number(
                            db,
                            "SELECT COUNT(*) FROM article WHERE slug LIKE 'generated-%' AND body_html LIKE "
                                    + "'%<h2%' AND language = 'ja'"))
                    .isEqualTo(10);
            assertThat(number(
                            db,
                            "SELECT COUNT(*) FROM article_citation c JOIN article a ON a.id = c.article_id "
                                    + "WHERE a.slug LIKE 'generated-%'"))
                    .isPositive();
            // What the site counts agrees with the rows: reply counts, reaction counters, posts per topic.
            assertThat(number(db, """
                    SELECT COUNT(*) FROM forum_topic t WHERE reply_count <> (SELECT COUNT(*) FROM forum_post p
                        WHERE p.topic_id = t.id AND p.number > 1 AND p.status = 'VISIBLE')
                    """)).isZero();
            assertThat(number(db, """
                    SELECT COUNT(*) FROM forum_post p WHERE helpful <> (SELECT COUNT(*) FROM forum_reaction r
                        WHERE r.post_id = p.id AND r.kind = 'HELPFUL')
                    """)).isZero();
            assertThat(number(
                            db,
                            "SELECT COUNT(*) FROM forum_topic t WHERE post_count <> "
                                    + "(SELECT COUNT(*) FROM forum_post p WHERE p.topic_id = t.id)"))
                    .isZero();
            assertThat(number(db, "SELECT COUNT(*) FROM forum_reaction")).isPositive();
            // Every writer follows the topics they wrote in.
            assertThat(number(db, """
                    SELECT COUNT(*) FROM forum_post p WHERE NOT EXISTS (SELECT 1 FROM forum_topic_follow f
                        WHERE f.topic_id = p.topic_id AND f.member_id = p.author_id)
                    """)).isZero();
            // Each writer's published posts are counted, as the forum's rules for new members read them.
            assertThat(number(db, """
                    SELECT COUNT(*) FROM forum_member m WHERE approved_posts <> (SELECT COUNT(*) FROM forum_post p
                        WHERE p.author_id = m.member_id AND p.status = 'VISIBLE')
                    """)).isZero();
            assertThat(number(db, "SELECT COUNT(*) FROM forum_member")).isPositive();
            // The site's next post gets the id after the generated ones.
            long last = number(db, "SELECT MAX(id) FROM forum_post");
            try (Statement insert = db.createStatement()) {
                insert.executeUpdate("INSERT INTO forum_post (topic_id, number, author_id, language, status, "
                        + "body_source, body_html, plain_text, created_at) SELECT MIN(id), 999, NULL, 'en', "
                        + "'VISIBLE', 'x', '<p>x</p>', 'x', CURRENT_TIMESTAMP FROM forum_topic");
            }
            assertThat(number(db, "SELECT MAX(id) FROM forum_post")).isEqualTo(last + 1);
        }

        String second = database();
        assertThat(generate(second, 7).status()).isZero();
        String third = database();
        assertThat(generate(third, 8).status()).isZero();
        String content = "SELECT SUM(CAST(ORA_HASH(body_source || title) AS BIGINT)) FROM forum_post p "
                + "JOIN forum_topic t ON t.id = p.topic_id WHERE p.number < 999";
        try (Connection a = DriverManager.getConnection(first, "sa", "");
                Connection b = DriverManager.getConnection(second, "sa", "");
                Connection c = DriverManager.getConnection(third, "sa", "")) {
            assertThat(number(b, content)).isEqualTo(number(a, content));
            assertThat(number(c, content)).isNotEqualTo(number(a, content));
        }

        // A database with a forum is refused, and left as it was.
        Run again = generate(first, 7);
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.output()).contains("fills an empty forum");
    }

    private record Run(int status, String output) {}

    private static Run generate(String url, long seed) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = GenerateDataCommand.run(
                MpsCommonsApplication.class,
                new String[] {
                    "--scale=small", "--seed=" + seed, "--spring.datasource.url=" + url, "--mps.links.check-cron=-"
                },
                new PrintStream(output, true, StandardCharsets.UTF_8));
        return new Run(status, output.toString(StandardCharsets.UTF_8));
    }

    /** A new, empty H2 database (the site creates its tables when it starts). */
    private static String database() throws Exception {
        Path dir = Files.createTempDirectory(TestDatabase.dataDir(), "generated-");
        return "jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
