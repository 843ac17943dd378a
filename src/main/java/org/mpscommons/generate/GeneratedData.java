package org.mpscommons.generate;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The generator's SQL, in one place. It writes straight into the tables of accounts and the forum, in batches, with
 * ids it chose (so a dataset is the same from one run to the next), which no feature would do: it fills an empty
 * forum for measuring, it is not a way for content to arrive.
 */
@Repository
class GeneratedData {

    private static final int BATCH = 1000;

    record MemberRow(long id, String displayName, String key, String skeleton, String email, String passwordHash,
            String language, Instant createdAt) {}

    record TopicRow(long id, long categoryId, String title, String slug, String language, String visibility,
            String status, long authorId, int postCount, int replyCount, long views, Instant createdAt,
            Instant lastPostedAt) {}

    record PostRow(long id, long topicId, int number, long authorId, String language, String status, String source,
            String html, String plainText, Instant createdAt, int helpful, int meToo) {}

    record ReactionRow(long postId, long memberId, String kind, Instant createdAt) {}

    record FollowRow(long memberId, long targetId, Instant createdAt) {}

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    GeneratedData(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    long topics() {
        return client.sql("SELECT COUNT(*) FROM forum_topic").query(Long.class).single();
    }

    long maxId(String table) {
        // Only this class's own table names reach here.
        return client.sql("SELECT COALESCE(MAX(id), 0) FROM " + table).query(Long.class).single();
    }

    /** The forum's categories by slug. */
    Map<String, Long> categories() {
        Map<String, Long> bySlug = new java.util.LinkedHashMap<>();
        client.sql("SELECT id, slug FROM forum_category ORDER BY position")
                .query(rs -> {
                    bySlug.put(rs.getString("slug"), rs.getLong("id"));
                });
        return bySlug;
    }

    void members(List<MemberRow> rows) {
        jdbc.batchUpdate("""
                INSERT INTO member (id, display_name, display_key, display_skeleton, email, email_verified_at,
                    password_hash, language, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, BATCH, (ps, row) -> {
                    ps.setLong(1, row.id());
                    ps.setString(2, row.displayName());
                    ps.setString(3, row.key());
                    ps.setString(4, row.skeleton());
                    ps.setString(5, row.email());
                    time(ps, 6, row.createdAt());
                    ps.setString(7, row.passwordHash());
                    ps.setString(8, row.language());
                    time(ps, 9, row.createdAt());
                });
    }

    void topics(List<TopicRow> rows) {
        jdbc.batchUpdate("""
                INSERT INTO forum_topic (id, category_id, title, slug, language, visibility, status, author_id,
                    post_count, reply_count, view_count, created_at, last_posted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, BATCH, (ps, row) -> {
                    ps.setLong(1, row.id());
                    ps.setLong(2, row.categoryId());
                    ps.setString(3, row.title());
                    ps.setString(4, row.slug());
                    ps.setString(5, row.language());
                    ps.setString(6, row.visibility());
                    ps.setString(7, row.status());
                    ps.setLong(8, row.authorId());
                    ps.setInt(9, row.postCount());
                    ps.setInt(10, row.replyCount());
                    ps.setLong(11, row.views());
                    time(ps, 12, row.createdAt());
                    time(ps, 13, row.lastPostedAt());
                });
    }

    void posts(List<PostRow> rows) {
        jdbc.batchUpdate("""
                INSERT INTO forum_post (id, topic_id, number, author_id, language, status, body_source, body_html,
                    plain_text, created_at, helpful, me_too)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, BATCH, (ps, row) -> {
                    ps.setLong(1, row.id());
                    ps.setLong(2, row.topicId());
                    ps.setInt(3, row.number());
                    ps.setLong(4, row.authorId());
                    ps.setString(5, row.language());
                    ps.setString(6, row.status());
                    ps.setString(7, row.source());
                    ps.setString(8, row.html());
                    ps.setString(9, row.plainText());
                    time(ps, 10, row.createdAt());
                    ps.setInt(11, row.helpful());
                    ps.setInt(12, row.meToo());
                });
    }

    void reactions(List<ReactionRow> rows) {
        jdbc.batchUpdate("INSERT INTO forum_reaction (post_id, member_id, kind, created_at) VALUES (?, ?, ?, ?)",
                rows, BATCH, (ps, row) -> {
                    ps.setLong(1, row.postId());
                    ps.setLong(2, row.memberId());
                    ps.setString(3, row.kind());
                    time(ps, 4, row.createdAt());
                });
    }

    void topicFollows(List<FollowRow> rows) {
        follows("INSERT INTO forum_topic_follow (member_id, topic_id, created_at) VALUES (?, ?, ?)", rows);
    }

    void categoryFollows(List<FollowRow> rows) {
        follows("INSERT INTO forum_category_follow (member_id, category_id, created_at) VALUES (?, ?, ?)", rows);
    }

    private void follows(String insert, List<FollowRow> rows) {
        jdbc.batchUpdate(insert, rows, BATCH, (ps, row) -> {
            ps.setLong(1, row.memberId());
            ps.setLong(2, row.targetId());
            time(ps, 3, row.createdAt());
        });
    }

    /** What the forum keeps per member: how many of their posts were published (they are no longer new). */
    void forumMembers() {
        client.sql("""
                INSERT INTO forum_member (member_id, approved_posts)
                SELECT author_id, COUNT(*) FROM forum_post WHERE status = 'VISIBLE' AND author_id IS NOT NULL
                GROUP BY author_id
                """).update();
    }

    /** Ids were chosen here; the next row the site inserts must get the one after. */
    void continueIdsAfterGenerated() {
        for (String table : List.of("member", "forum_topic", "forum_post")) {
            long next = maxId(table) + 1;
            client.sql("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next).update();
        }
    }

    private static void time(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, SqlTime.utc(instant));
        }
    }
}
