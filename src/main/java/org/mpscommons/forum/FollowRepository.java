package org.mpscommons.forum;

import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for following topics and categories, and for ignoring members. */
@Repository
public class FollowRepository {

    private final JdbcClient jdbc;

    FollowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void followTopic(long memberId, long topicId, Instant now) {
        jdbc.sql("""
                INSERT INTO forum_topic_follow (member_id, topic_id, created_at)
                SELECT :member, :topic, :now FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM forum_topic_follow WHERE member_id = :member AND topic_id = :topic)
                """)
                .param("member", memberId)
                .param("topic", topicId)
                .param("now", utc(now))
                .update();
    }

    void unfollowTopic(long memberId, long topicId) {
        jdbc.sql("DELETE FROM forum_topic_follow WHERE member_id = :member AND topic_id = :topic")
                .param("member", memberId)
                .param("topic", topicId)
                .update();
    }

    boolean followsTopic(long memberId, long topicId) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_topic_follow WHERE member_id = :member AND topic_id = :topic")
                        .param("member", memberId)
                        .param("topic", topicId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void followCategory(long memberId, long categoryId, Instant now) {
        jdbc.sql("""
                INSERT INTO forum_category_follow (member_id, category_id, created_at)
                SELECT :member, :category, :now FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM forum_category_follow
                                  WHERE member_id = :member AND category_id = :category)
                """)
                .param("member", memberId)
                .param("category", categoryId)
                .param("now", utc(now))
                .update();
    }

    void unfollowCategory(long memberId, long categoryId) {
        jdbc.sql("DELETE FROM forum_category_follow WHERE member_id = :member AND category_id = :category")
                .param("member", memberId)
                .param("category", categoryId)
                .update();
    }

    boolean followsCategory(long memberId, long categoryId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM forum_category_follow WHERE member_id = :member AND category_id = :category
                """)
                        .param("member", memberId)
                        .param("category", categoryId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<Long> topicFollowers(long topicId) {
        return jdbc.sql("SELECT member_id FROM forum_topic_follow WHERE topic_id = :topic")
                .param("topic", topicId)
                .query(Long.class)
                .list();
    }

    public List<Long> categoryFollowers(long categoryId) {
        return jdbc.sql("SELECT member_id FROM forum_category_follow WHERE category_id = :category")
                .param("category", categoryId)
                .query(Long.class)
                .list();
    }

    void ignore(long memberId, long ignoredId, Instant now) {
        jdbc.sql("""
                INSERT INTO forum_ignore (member_id, ignored_id, created_at)
                SELECT :member, :ignored, :now FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM forum_ignore WHERE member_id = :member AND ignored_id = :ignored)
                """)
                .param("member", memberId)
                .param("ignored", ignoredId)
                .param("now", utc(now))
                .update();
    }

    void unignore(long memberId, long ignoredId) {
        jdbc.sql("DELETE FROM forum_ignore WHERE member_id = :member AND ignored_id = :ignored")
                .param("member", memberId)
                .param("ignored", ignoredId)
                .update();
    }

    List<Long> topicsFollowedBy(long memberId) {
        return jdbc.sql("SELECT topic_id FROM forum_topic_follow WHERE member_id = :member ORDER BY topic_id")
                .param("member", memberId)
                .query(Long.class)
                .list();
    }

    List<Long> categoriesFollowedBy(long memberId) {
        return jdbc.sql("SELECT category_id FROM forum_category_follow WHERE member_id = :member ORDER BY category_id")
                .param("member", memberId)
                .query(Long.class)
                .list();
    }

    List<Long> ignoredBy(long memberId) {
        return jdbc.sql("SELECT ignored_id FROM forum_ignore WHERE member_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .list();
    }

    /** Of these members, those who ignore the given one (they are not notified of what that one writes). */
    public List<Long> ignoring(long ignoredId, List<Long> among) {
        if (among.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT member_id FROM forum_ignore WHERE ignored_id = :ignored AND member_id IN (:among)")
                .param("ignored", ignoredId)
                .param("among", among)
                .query(Long.class)
                .list();
    }

    /** Everything a member followed or ignored, and anyone's ignoring of them, when their account goes. */
    void forget(long memberId) {
        jdbc.sql("DELETE FROM forum_topic_follow WHERE member_id = :member")
                .param("member", memberId)
                .update();
        jdbc.sql("DELETE FROM forum_category_follow WHERE member_id = :member")
                .param("member", memberId)
                .update();
        jdbc.sql("DELETE FROM forum_ignore WHERE member_id = :member OR ignored_id = :member")
                .param("member", memberId)
                .update();
    }
}
