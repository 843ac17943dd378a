package org.mpscommons.forum.moderation;

import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for flags on posts. */
@Repository
public class FlagRepository {

    private final JdbcClient jdbc;

    FlagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the member's flag unless they already flagged this post; returns whether it was added. */
    boolean add(long postId, long reporterId, FlagReason reason, String note, Instant now) {
        return jdbc.sql("""
                INSERT INTO forum_flag (post_id, reporter_id, reason, note, created_at)
                SELECT :post, :reporter, :reason, :note, :now FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM forum_flag WHERE post_id = :post AND reporter_id = :reporter)
                """)
                        .param("post", postId)
                        .param("reporter", reporterId)
                        .param("reason", reason.name())
                        .param("note", note)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    /** Open flags, grouped by post, oldest flagged post first. */
    Map<Long, List<FlaggedPost.Flag>> open(int posts) {
        List<Long> ids = jdbc.sql("""
                SELECT post_id FROM forum_flag WHERE resolved_at IS NULL
                GROUP BY post_id ORDER BY MIN(id) LIMIT :limit
                """).param("limit", posts).query(Long.class).list();
        Map<Long, List<FlaggedPost.Flag>> byPost = new LinkedHashMap<>();
        ids.forEach(id -> byPost.put(id, new java.util.ArrayList<>()));
        if (ids.isEmpty()) {
            return byPost;
        }
        jdbc.sql(
                        "SELECT post_id, reason, note FROM forum_flag WHERE resolved_at IS NULL AND post_id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(
                        rs.getLong("post_id"),
                        new FlaggedPost.Flag(FlagReason.valueOf(rs.getString("reason")), rs.getString("note"))))
                .list()
                .forEach(entry -> byPost.get(entry.getKey()).add(entry.getValue()));
        return byPost;
    }

    long countOpenPosts() {
        return jdbc.sql("SELECT COUNT(DISTINCT post_id) FROM forum_flag WHERE resolved_at IS NULL")
                .query(Long.class)
                .single();
    }

    int resolve(long postId, long moderatorId, String outcome, Instant now) {
        return jdbc.sql("""
                UPDATE forum_flag SET resolved_at = :now, resolved_by = :moderator, outcome = :outcome
                WHERE post_id = :post AND resolved_at IS NULL
                """)
                .param("post", postId)
                .param("moderator", moderatorId)
                .param("outcome", outcome)
                .param("now", utc(now))
                .update();
    }

    public void forgetReporter(long memberId) {
        jdbc.sql("DELETE FROM forum_flag WHERE reporter_id = :member")
                .param("member", memberId)
                .update();
    }
}
