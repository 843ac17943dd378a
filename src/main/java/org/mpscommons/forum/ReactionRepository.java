package org.mpscommons.forum;

import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for reactions and the counts kept on each post. */
@Repository
class ReactionRepository {

    private final JdbcClient jdbc;

    ReactionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the reaction unless it exists; returns whether it was added. */
    boolean add(long postId, long memberId, ReactionKind kind, Instant now) {
        int added = jdbc.sql("""
                INSERT INTO forum_reaction (post_id, member_id, kind, created_at)
                SELECT :post, :member, :kind, :now FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM forum_reaction
                                  WHERE post_id = :post AND member_id = :member AND kind = :kind)
                """)
                .param("post", postId)
                .param("member", memberId)
                .param("kind", kind.name())
                .param("now", utc(now))
                .update();
        if (added == 1) {
            jdbc.sql("UPDATE forum_post SET " + column(kind) + " = " + column(kind) + " + 1 WHERE id = :post")
                    .param("post", postId)
                    .update();
        }
        return added == 1;
    }

    boolean remove(long postId, long memberId, ReactionKind kind) {
        int removed = jdbc.sql(
                        "DELETE FROM forum_reaction WHERE post_id = :post AND member_id = :member AND kind = :kind")
                .param("post", postId)
                .param("member", memberId)
                .param("kind", kind.name())
                .update();
        if (removed == 1) {
            jdbc.sql("UPDATE forum_post SET " + column(kind) + " = " + column(kind) + " - 1 WHERE id = :post")
                    .param("post", postId)
                    .update();
        }
        return removed == 1;
    }

    /** The member's reactions among these posts, as "postId:KIND". */
    Set<String> mine(long memberId, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT post_id, kind FROM forum_reaction WHERE member_id = :member AND post_id IN (:posts)
                """)
                .param("member", memberId)
                .param("posts", postIds)
                .query((rs, n) -> rs.getLong("post_id") + ":" + rs.getString("kind"))
                .list());
    }

    /** Removes a member's reactions, keeping the counts right, when their account is deleted. */
    void removeAllBy(long memberId) {
        for (ReactionKind kind : ReactionKind.values()) {
            jdbc.sql("UPDATE forum_post SET " + column(kind) + " = " + column(kind) + """
                     - 1 WHERE id IN (SELECT post_id FROM forum_reaction WHERE member_id = :member AND kind = :kind)
                    """)
                    .param("member", memberId)
                    .param("kind", kind.name())
                    .update();
        }
        jdbc.sql("DELETE FROM forum_reaction WHERE member_id = :member")
                .param("member", memberId)
                .update();
    }

    private static String column(ReactionKind kind) {
        return kind == ReactionKind.HELPFUL ? "helpful" : "me_too";
    }
}
