package org.mpscommons.forum;

import static org.mpscommons.web.SqlTime.instant;
import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mpscommons.content.Rendered;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL for posts and their edit history. */
@Repository
public class PostRepository {

    private static final String COLUMNS = """
            id, topic_id, number, author_id, guest_name, guest_key, language, status, body_source, body_html,
            plain_text, created_at, edited_at, edit_count, helpful, me_too""";

    private static final RowMapper<Post> POST = (rs, n) -> new Post(
            rs.getLong("id"),
            rs.getLong("topic_id"),
            rs.getInt("number"),
            rs.getObject("author_id", Long.class),
            rs.getString("guest_name"),
            rs.getString("guest_key"),
            rs.getString("language"),
            PostStatus.valueOf(rs.getString("status")),
            rs.getString("body_source"),
            rs.getString("body_html"),
            rs.getString("plain_text"),
            instant(rs, "created_at"),
            instant(rs, "edited_at"),
            rs.getInt("edit_count"),
            rs.getInt("helpful"),
            rs.getInt("me_too"));

    private final JdbcClient jdbc;

    PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Post> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM forum_post WHERE id = :id")
                .param("id", id)
                .query(POST)
                .optional();
    }

    public List<Post> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM forum_post WHERE id IN (:ids)")
                .param("ids", ids)
                .query(POST)
                .list();
    }

    /** The posts numbered first..last of a topic: one page, read straight from the (topic_id, number) index. */
    List<Post> range(long topicId, int first, int last) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM forum_post WHERE topic_id = :topic AND number BETWEEN :first AND :last ORDER BY number
                """)
                .param("topic", topicId)
                .param("first", first)
                .param("last", last)
                .query(POST)
                .list();
    }

    Optional<Post> opening(long topicId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM forum_post WHERE topic_id = :topic AND number = 1")
                .param("topic", topicId)
                .query(POST)
                .optional();
    }

    /** The opening posts of several topics at once (feeds show each topic's start). */
    List<Post> openings(java.util.Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM forum_post WHERE topic_id IN (:topics) AND number = 1")
                .param("topics", topicIds)
                .query(POST)
                .list();
    }

    long insert(NewPost post) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO forum_post (topic_id, number, author_id, guest_name, guest_key, language, status,
                    body_source, body_html, plain_text, created_at)
                VALUES (:topic, :number, :author, :guestName, :guestKey, :language, :status,
                    :source, :html, :plain, :now)
                """)
                .param("topic", post.topicId())
                .param("number", post.number())
                .param("author", post.authorId())
                .param("guestName", post.guestName())
                .param("guestKey", post.guestKey())
                .param("language", post.language())
                .param("status", post.status().name())
                .param("source", post.source())
                .param("html", post.rendered().html())
                .param("plain", post.rendered().plainText())
                .param("now", utc(post.createdAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** What {@link #insert} stores. */
    record NewPost(
            long topicId,
            int number,
            Long authorId,
            String guestName,
            String guestKey,
            String language,
            PostStatus status,
            String source,
            Rendered rendered,
            Instant createdAt) {}

    /** Changes a post's status only if it still has the expected one, so two moderators cannot both act on it. */
    public boolean changeStatus(long id, PostStatus from, PostStatus to) {
        return jdbc.sql("UPDATE forum_post SET status = :to WHERE id = :id AND status = :from")
                        .param("id", id)
                        .param("from", from.name())
                        .param("to", to.name())
                        .update()
                == 1;
    }

    /** The review queue, oldest first, continuing after the given post id. */
    public List<Post> pending(long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM forum_post WHERE status = 'PENDING' AND id > :after ORDER BY id LIMIT :limit
                """)
                .param("after", afterId)
                .param("limit", limit)
                .query(POST)
                .list();
    }

    public long countPending() {
        return jdbc.sql("SELECT COUNT(*) FROM forum_post WHERE status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    /** A duplicate is the same text by the same member (or guest) within the given time. */
    boolean recentlyPosted(Long authorId, String guestKey, String source, Instant since) {
        // One writer's posts by the index on their id or guest key: "author_id = … OR guest_key = …" in one query
        // made H2 read every post (1.4 s a reply among a million posts).
        String writer = authorId != null ? "author_id = :writer" : "guest_key = :writer";
        return jdbc.sql("SELECT COUNT(*) FROM forum_post WHERE " + writer
                                + " AND created_at > :since AND body_source = :source")
                        .param("writer", authorId != null ? authorId : guestKey)
                        .param("since", utc(since))
                        .param("source", source)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Replaces a post's text, keeping what it said before as a revision. */
    void edit(long postId, String source, org.mpscommons.content.Rendered rendered, String language, Instant now) {
        jdbc.sql("""
                UPDATE forum_post SET body_source = :source, body_html = :html, plain_text = :plain,
                    language = :language, edited_at = :now, edit_count = edit_count + 1
                WHERE id = :id
                """)
                .param("id", postId)
                .param("source", source)
                .param("html", rendered.html())
                .param("plain", rendered.plainText())
                .param("language", language)
                .param("now", utc(now))
                .update();
    }

    void addRevision(long postId, Long editorId, String reason, String title, String previousSource, Instant now) {
        jdbc.sql("""
                INSERT INTO forum_post_revision (post_id, editor_id, reason, title, body_source, created_at)
                VALUES (:post, :editor, :reason, :title, :source, :now)
                """)
                .param("post", postId)
                .param("editor", editorId)
                .param("reason", reason)
                .param("title", title)
                .param("source", previousSource)
                .param("now", utc(now))
                .update();
    }

    /** Revision rows with the editor's id (names are looked up by the caller), oldest first. */
    List<Map.Entry<Long, Revision>> revisions(long postId) {
        return jdbc.sql("""
                SELECT id, editor_id, reason, title, body_source, created_at, erased_at, erased_by_moderator
                FROM forum_post_revision
                WHERE post_id = :post ORDER BY id
                """)
                .param("post", postId)
                .query((rs, n) -> Map.entry(
                        rs.getObject("editor_id") == null ? -1L : rs.getLong("editor_id"),
                        new Revision(
                                rs.getLong("id"),
                                null,
                                false,
                                rs.getString("reason"),
                                rs.getString("title"),
                                rs.getString("body_source"),
                                instant(rs, "created_at"),
                                instant(rs, "erased_at"),
                                rs.getBoolean("erased_by_moderator"))))
                .list();
    }

    /** When each edit happened, oldest first: all that a reader who may not read the earlier versions learns. */
    List<Instant> revisionDates(long postId) {
        return jdbc.sql("SELECT created_at FROM forum_post_revision WHERE post_id = :post ORDER BY id")
                .param("post", postId)
                .query((rs, n) -> instant(rs, "created_at"))
                .list();
    }

    /**
     * Empties one earlier version of this post: its text and the title it had then leave the database; the row
     * keeps its date and the edit's reason. Returns false when there is no such version of this post, or it was
     * already erased (the first erasure's date and eraser stay).
     */
    boolean eraseRevision(long postId, long revisionId, boolean byModerator, Instant now) {
        return jdbc.sql("""
                UPDATE forum_post_revision SET body_source = '', title = NULL, erased_at = :now,
                    erased_by_moderator = :byModerator
                WHERE id = :id AND post_id = :post AND erased_at IS NULL
                """)
                        .param("id", revisionId)
                        .param("post", postId)
                        .param("byModerator", byModerator)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    boolean hasRevision(long postId, long revisionId) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_post_revision WHERE id = :id AND post_id = :post")
                        .param("id", revisionId)
                        .param("post", postId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The author deleted the post: its words go, with their history; a placeholder keeps its place. */
    void eraseByAuthor(long postId) {
        jdbc.sql("DELETE FROM forum_post_revision WHERE post_id = :id")
                .param("id", postId)
                .update();
        jdbc.sql("""
                UPDATE forum_post SET status = 'DELETED', body_source = '', body_html = '', plain_text = ''
                WHERE id = :id
                """).param("id", postId).update();
    }

    /** Everything the member wrote, with its topic's title, oldest first: their part of "download my data". */
    List<java.util.Map<String, Object>> writtenBy(long memberId) {
        return jdbc.sql("""
                SELECT p.id, p.topic_id, t.title, p.number, p.language, p.status, p.body_source, p.created_at,
                    p.edited_at
                FROM forum_post p JOIN forum_topic t ON t.id = p.topic_id
                WHERE p.author_id = :member ORDER BY p.created_at, p.id
                """)
                .param("member", memberId)
                .query((rs, n) -> {
                    java.util.Map<String, Object> post = new java.util.LinkedHashMap<>();
                    post.put("id", rs.getLong("id"));
                    post.put("topicId", rs.getLong("topic_id"));
                    post.put("topicTitle", rs.getString("title"));
                    post.put("number", rs.getInt("number"));
                    post.put("language", rs.getString("language"));
                    post.put("status", rs.getString("status"));
                    post.put("text", rs.getString("body_source"));
                    post.put("createdAt", String.valueOf(instant(rs, "created_at")));
                    Instant edited = instant(rs, "edited_at");
                    post.put("editedAt", edited == null ? null : edited.toString());
                    return post;
                })
                .list();
    }

    void forgetAuthor(long memberId) {
        jdbc.sql("UPDATE forum_post SET author_id = NULL WHERE author_id = :member")
                .param("member", memberId)
                .update();
        jdbc.sql("UPDATE forum_post_revision SET editor_id = NULL WHERE editor_id = :member")
                .param("member", memberId)
                .update();
    }

    /**
     * Empties every post a member wrote (their text and its history are gone; a placeholder keeps later replies and
     * post numbers in place). Returns the topics they had posted in, whose counts must be recounted.
     */
    List<Long> erasePostsBy(long memberId) {
        List<Long> topics = jdbc.sql("SELECT DISTINCT topic_id FROM forum_post WHERE author_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .list();
        jdbc.sql("""
                DELETE FROM forum_post_revision
                WHERE post_id IN (SELECT id FROM forum_post WHERE author_id = :member)
                """).param("member", memberId).update();
        jdbc.sql("""
                UPDATE forum_post SET status = 'DELETED', body_source = '', body_html = '', plain_text = '',
                    author_id = NULL
                WHERE author_id = :member
                """).param("member", memberId).update();
        return topics;
    }
}
