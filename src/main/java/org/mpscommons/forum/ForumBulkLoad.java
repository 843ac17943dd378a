package org.mpscommons.forum;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpscommons.content.Rendered;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a whole forum at once, for tools that fill an empty database (generate-data), which must not write the
 * forum's tables themselves. Not a way for content to arrive on a live site: nothing is moderated, notified, indexed
 * or counted here. The caller chooses the ids (so that posts, reactions and follows can name their topics and posts
 * before they are written, and a generated dataset is the same from one run to the next) and gives the counters as
 * it counted them; the forum makes each topic's slug from its title, and {@link #finishLoading} derives what the
 * forum keeps per member. Rows go in JDBC batches: a benchmark's forum has a million posts.
 */
@Service
@NamedInterface("tools")
public class ForumBulkLoad {

    /** Rows per JDBC batch: large enough that a million posts are not a million round trips. */
    private static final int BATCH = 1000;

    /** A topic with its counters: every post, the visible replies, and when its last visible post was written. */
    public record NewTopic(
            long id,
            long categoryId,
            String title,
            String language,
            Visibility visibility,
            PostStatus status,
            long authorId,
            int postCount,
            int replyCount,
            long views,
            Instant createdAt,
            Instant lastPostedAt) {}

    /** A member's post, {@code rendered} by the content pipeline from {@code source}, with its reaction counts. */
    public record NewPost(
            long id,
            long topicId,
            int number,
            long authorId,
            String language,
            PostStatus status,
            String source,
            Rendered rendered,
            Instant createdAt,
            int helpful,
            int meToo) {}

    public record NewReaction(long postId, long memberId, ReactionKind kind, Instant createdAt) {}

    public record NewTopicFollow(long memberId, long topicId, Instant createdAt) {}

    public record NewCategoryFollow(long memberId, long categoryId, Instant createdAt) {}

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final TopicRepository topics;

    ForumBulkLoad(JdbcTemplate batches, JdbcClient jdbc, TopicRepository topics) {
        this.batches = batches;
        this.jdbc = jdbc;
        this.topics = topics;
    }

    /** How many topics the forum has: a tool that fills an empty forum checks there are none. */
    public long topicCount() {
        return jdbc.sql("SELECT COUNT(*) FROM forum_topic").query(Long.class).single();
    }

    /** The categories' ids by slug, in the order the forum lists them. */
    public Map<String, Long> categoryIds() {
        Map<String, Long> bySlug = new LinkedHashMap<>();
        jdbc.sql("SELECT id, slug FROM forum_category ORDER BY position").query(rs -> {
            bySlug.put(rs.getString("slug"), rs.getLong("id"));
        });
        return bySlug;
    }

    /** The first id no topic has yet: where a caller's own ids can start. */
    public long nextTopicId() {
        return maxId("forum_topic") + 1;
    }

    /** The first id no post has yet. */
    public long nextPostId() {
        return maxId("forum_post") + 1;
    }

    @Transactional
    public void loadTopics(List<NewTopic> topics) {
        batches.batchUpdate("""
                INSERT INTO forum_topic (id, category_id, title, slug, language, visibility, status, author_id,
                    post_count, reply_count, view_count, created_at, last_posted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, topics, BATCH, (ps, topic) -> {
            ps.setLong(1, topic.id());
            ps.setLong(2, topic.categoryId());
            ps.setString(3, topic.title());
            ps.setString(4, Slugs.of(topic.title()));
            ps.setString(5, topic.language());
            ps.setString(6, topic.visibility().name());
            ps.setString(7, topic.status().name());
            ps.setLong(8, topic.authorId());
            ps.setInt(9, topic.postCount());
            ps.setInt(10, topic.replyCount());
            ps.setLong(11, topic.views());
            time(ps, 12, topic.createdAt());
            time(ps, 13, topic.lastPostedAt());
        });
    }

    @Transactional
    public void loadPosts(List<NewPost> posts) {
        batches.batchUpdate("""
                INSERT INTO forum_post (id, topic_id, number, author_id, language, status, body_source, body_html,
                    plain_text, created_at, helpful, me_too)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, posts, BATCH, (ps, post) -> {
            ps.setLong(1, post.id());
            ps.setLong(2, post.topicId());
            ps.setInt(3, post.number());
            ps.setLong(4, post.authorId());
            ps.setString(5, post.language());
            ps.setString(6, post.status().name());
            ps.setString(7, post.source());
            ps.setString(8, post.rendered().html());
            ps.setString(9, post.rendered().plainText());
            time(ps, 10, post.createdAt());
            ps.setInt(11, post.helpful());
            ps.setInt(12, post.meToo());
        });
    }

    @Transactional
    public void loadReactions(List<NewReaction> reactions) {
        batches.batchUpdate(
                "INSERT INTO forum_reaction (post_id, member_id, kind, created_at) VALUES (?, ?, ?, ?)",
                reactions,
                BATCH,
                (ps, reaction) -> {
                    ps.setLong(1, reaction.postId());
                    ps.setLong(2, reaction.memberId());
                    ps.setString(3, reaction.kind().name());
                    time(ps, 4, reaction.createdAt());
                });
    }

    @Transactional
    public void loadTopicFollows(List<NewTopicFollow> follows) {
        batches.batchUpdate(
                "INSERT INTO forum_topic_follow (member_id, topic_id, created_at) VALUES (?, ?, ?)",
                follows,
                BATCH,
                (ps, follow) -> {
                    ps.setLong(1, follow.memberId());
                    ps.setLong(2, follow.topicId());
                    time(ps, 3, follow.createdAt());
                });
    }

    @Transactional
    public void loadCategoryFollows(List<NewCategoryFollow> follows) {
        batches.batchUpdate(
                "INSERT INTO forum_category_follow (member_id, category_id, created_at) VALUES (?, ?, ?)",
                follows,
                BATCH,
                (ps, follow) -> {
                    ps.setLong(1, follow.memberId());
                    ps.setLong(2, follow.categoryId());
                    time(ps, 3, follow.createdAt());
                });
    }

    /**
     * Once everything is loaded: each author's count of published posts, which the forum's rules for new members
     * read (a member the forum already keeps a count for keeps it), each topic's last reply, and the site's next topic
     * and post get the ids after the loaded ones.
     */
    @Transactional
    public void finishLoading() {
        jdbc.sql("""
                INSERT INTO forum_member (member_id, approved_posts)
                SELECT author_id, COUNT(*) FROM forum_post p WHERE status = 'VISIBLE' AND author_id IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM forum_member m WHERE m.member_id = p.author_id)
                GROUP BY author_id
                """).update();
        topics.findEveryLastReply();
        restartIdsAfterLoaded("forum_topic");
        restartIdsAfterLoaded("forum_post");
    }

    /** Only this class's own table names reach here. */
    private long maxId(String table) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table)
                .query(Long.class)
                .single();
    }

    private void restartIdsAfterLoaded(String table) {
        jdbc.sql("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (maxId(table) + 1))
                .update();
    }

    private static void time(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, SqlTime.utc(instant));
        }
    }
}
