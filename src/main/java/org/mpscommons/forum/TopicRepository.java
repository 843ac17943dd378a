package org.mpscommons.forum;

import static org.mpscommons.web.SqlTime.instant;
import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mpscommons.web.SitemapSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL for topics. */
@Repository
public class TopicRepository {

    private static final String TOPIC_COLUMNS = """
            id, category_id, title, slug, language, visibility, pinned, locked, reply_count, view_count,
            answer_post_id, created_at, last_posted_at, author_id, last_reply_id""";

    /**
     * A list's topics ({@code topics}, a query of {@link #TOPIC_COLUMNS} that chooses, orders and limits them) with
     * what their rows show besides: the start of the opening post (when it is visible) and who wrote the last reply.
     * Both are joined by key, the opening post by (topic_id, number) and the reply by the id the topic keeps (V33),
     * and only to the topics chosen: joined around the limited query, not inside it, because H2 joins every topic
     * that matches before it sorts and cuts (1,900 topics of a category of the medium dataset instead of 31). So a
     * page of 30 topics costs about 60 index lookups more than the list alone, and no query per row.
     */
    private static String withRows(String topics, String order) {
        return """
                SELECT t.id, t.category_id, t.title, t.slug, t.language, t.visibility, t.pinned, t.locked,
                    t.reply_count, t.view_count, t.answer_post_id, t.created_at, t.last_posted_at, t.author_id,
                    CASE WHEN op.status = 'VISIBLE' THEN SUBSTRING(op.plain_text, 1, %d) END AS opening_text,
                    lr.id AS reply_id, lr.author_id AS reply_author_id, lr.guest_name AS reply_guest_name,
                    lr.created_at AS reply_at
                FROM (%s) t
                LEFT JOIN forum_post op ON op.topic_id = t.id AND op.number = 1
                LEFT JOIN forum_post lr ON lr.id = t.last_reply_id AND lr.status = 'VISIBLE'
                ORDER BY %s
                """.formatted(Excerpt.READ, topics, order);
    }

    private static final RowMapper<TopicSummary> SUMMARY = (rs, n) -> new TopicSummary(
            rs.getLong("id"),
            rs.getLong("category_id"),
            rs.getString("title"),
            rs.getString("slug"),
            rs.getString("language"),
            Visibility.valueOf(rs.getString("visibility")),
            rs.getBoolean("pinned"),
            rs.getBoolean("locked"),
            rs.getInt("reply_count"),
            rs.getLong("view_count"),
            rs.getObject("answer_post_id") != null,
            instant(rs, "created_at"),
            instant(rs, "last_posted_at"),
            rs.getObject("author_id", Long.class),
            Excerpt.of(rs.getString("opening_text")),
            rs.getObject("reply_id") == null
                    ? null
                    : new TopicSummary.LastReply(
                            rs.getObject("reply_author_id", Long.class),
                            rs.getString("reply_guest_name"),
                            instant(rs, "reply_at")));

    /**
     * The visible reply with the highest number, for a statement that updates forum_topic: what last_reply_id holds.
     * Read only where replies disappear (hidden, deleted, a member's posts erased), never on the path of a new reply.
     */
    private static final String LAST_VISIBLE_REPLY = """
            (SELECT p.id FROM forum_post p
             WHERE p.topic_id = forum_topic.id
               AND p.number = (SELECT MAX(q.number) FROM forum_post q
                               WHERE q.topic_id = forum_topic.id AND q.status = 'VISIBLE' AND q.number > 1))""";

    private static final RowMapper<Topic> TOPIC = (rs, n) -> new Topic(
            rs.getLong("id"),
            rs.getLong("category_id"),
            rs.getString("title"),
            rs.getString("slug"),
            rs.getString("language"),
            Visibility.valueOf(rs.getString("visibility")),
            PostStatus.valueOf(rs.getString("status")),
            rs.getObject("author_id", Long.class),
            rs.getBoolean("pinned"),
            rs.getBoolean("locked"),
            rs.getInt("post_count"),
            rs.getInt("reply_count"),
            rs.getLong("view_count"),
            rs.getObject("answer_post_id", Long.class),
            instant(rs, "created_at"),
            instant(rs, "last_posted_at"),
            rs.getLong("version"));

    private final JdbcClient jdbc;

    TopicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The newest version among a category's topics, or all topics for null: versions come from one sequence, so this
     * changes whenever any topic in the list changes (an index lookup, see V23).
     */
    long newestVersion(Long categoryId) {
        return (categoryId == null
                        ? jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM forum_topic")
                        : jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM forum_topic WHERE category_id = :category")
                                .param("category", categoryId))
                .query(Long.class)
                .single();
    }

    /** The topic's version, which every change its pages show raises. */
    Optional<Long> version(long id) {
        return jdbc.sql("SELECT version FROM forum_topic WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    public Optional<Topic> find(long id) {
        return jdbc.sql("""
                SELECT id, category_id, title, slug, language, visibility, status, author_id, pinned, locked,
                    post_count, reply_count, view_count, answer_post_id, created_at, last_posted_at, version
                FROM forum_topic WHERE id = :id
                """).param("id", id).query(TOPIC).optional();
    }

    public List<Topic> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, category_id, title, slug, language, visibility, status, author_id, pinned, locked,
                    post_count, reply_count, view_count, answer_post_id, created_at, last_posted_at, version
                FROM forum_topic WHERE id IN (:ids)
                """).param("ids", ids).query(TOPIC).list();
    }

    /** The opening post was approved: the topic appears, at the top of "latest". */
    public void shown(long topicId, Instant at) {
        jdbc.sql(
                        "UPDATE forum_topic SET status = 'VISIBLE', last_posted_at = :at, version = nextval('forum_change') WHERE id = :id")
                .param("id", topicId)
                .param("at", utc(at))
                .update();
    }

    /**
     * One page of a topic list. The WHERE clause is assembled from fixed fragments only (no user text reaches the
     * SQL); the keyset condition compares (sort key, id) as a row, which both databases answer from the
     * (category_id, status, sort key, id) indexes without reading the skipped rows.
     */
    List<TopicSummary> list(TopicList list, boolean excludePinned) {
        StringBuilder sql = new StringBuilder("SELECT " + TOPIC_COLUMNS + " FROM forum_topic WHERE status = 'VISIBLE'");
        if (list.categoryId() != null) {
            sql.append(" AND category_id = :category");
        }
        if (list.language() != null) {
            sql.append(" AND language = :language");
        }
        if (!list.members()) {
            sql.append(" AND visibility = 'PUBLIC'");
        }
        if (excludePinned) {
            sql.append(" AND pinned = FALSE");
        }
        if (list.sort() == TopicList.Sort.UNANSWERED) {
            sql.append(" AND reply_count = 0");
        }
        boolean top = list.sort() == TopicList.Sort.TOP;
        if (list.after() != null) {
            sql.append(
                    top
                            ? " AND (reply_count, id) < (:afterKey, :afterId)"
                            : " AND (last_posted_at, id) < (:afterTime, :afterId)");
        }
        sql.append(" ORDER BY ").append(indexOrder(list)).append(" LIMIT :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(withRows(
                        sql.toString(), top ? "t.reply_count DESC, t.id DESC" : "t.last_posted_at DESC, t.id DESC"))
                .param("limit", list.limit());
        if (list.categoryId() != null) {
            statement = statement.param("category", list.categoryId());
        }
        if (list.language() != null) {
            statement = statement.param("language", list.language().code());
        }
        if (list.after() != null) {
            statement = statement.param("afterId", list.after().id());
            statement = top
                    ? statement.param("afterKey", list.after().key())
                    : statement.param("afterTime", utc(list.after().instant()));
        }
        return statement.query(SUMMARY).list();
    }

    /**
     * The list's order, named by the columns of the index that answers it. The leading columns are fixed by the WHERE
     * clause (category, language, status), so naming them changes nothing in the order, but it is what makes H2 read
     * the index backwards and stop at the limit: ordered by the sort key alone, it read every matching topic and
     * sorted them (1,900 index entries for a category of the medium dataset, all 9,500 for the whole forum, against 31
     * this way; the keyset condition of later pages is read from the index too). PostgreSQL plans both alike.
     */
    private static String indexOrder(TopicList list) {
        boolean category = list.categoryId() != null;
        if (list.sort() == TopicList.Sort.TOP) {
            // forum_topic_top_idx (category_id, status, reply_count, id) has no language: a language only filters.
            return category ? "category_id DESC, status DESC, reply_count DESC, id DESC" : "reply_count DESC, id DESC";
        }
        // forum_topic_latest_lang_idx, forum_topic_latest_idx, forum_topic_all_latest_lang_idx (V33) or
        // forum_topic_all_latest_idx: (category_id, language, status, last_posted_at, id) less what is not filtered.
        return (category ? "category_id DESC, " : "")
                + (list.language() != null ? "language DESC, " : "")
                + "status DESC, last_posted_at DESC, id DESC";
    }

    List<TopicSummary> pinned(long categoryId, boolean members) {
        return jdbc.sql(withRows("SELECT " + TOPIC_COLUMNS + """
                         FROM forum_topic
                        WHERE category_id = :category AND status = 'VISIBLE' AND pinned = TRUE
                          AND (visibility = 'PUBLIC' OR :members)""", "t.last_posted_at DESC, t.id DESC"))
                .param("category", categoryId)
                .param("members", members)
                .query(SUMMARY)
                .list();
    }

    /**
     * The latest public topics in one language, of one category or of the whole forum (null), each with the start of
     * its opening post's text (empty when that post is not shown), for the home page. Each reads an index from the
     * newest topic and stops at the limit: forum_topic_public_latest_idx for the whole forum (V38), and
     * forum_topic_latest_lang_idx for a category. The ORDER BY names the index's leading columns, fixed by the WHERE
     * clause, as H2 reads an index in order (here backwards) only then; PostgreSQL ignores them. The opening post is
     * found by its (topic_id, number) key.
     */
    List<TopicOpening> latestOpenings(Long categoryId, String language, int limit) {
        JdbcClient.StatementSpec statement = jdbc.sql("""
                        SELECT t.id, t.category_id, t.title, t.slug, t.language, t.reply_count, t.last_posted_at,
                            CASE WHEN p.status = 'VISIBLE' THEN SUBSTRING(p.plain_text, 1, :chars) ELSE '' END AS opening
                        FROM forum_topic t
                        LEFT JOIN forum_post p ON p.topic_id = t.id AND p.number = 1
                        WHERE t.status = 'VISIBLE' AND t.visibility = 'PUBLIC' AND t.language = :language
                        """
                        + (categoryId == null
                                ? " ORDER BY t.language DESC, t.visibility DESC, t.status DESC,"
                                : " AND t.category_id = :category"
                                        + " ORDER BY t.category_id DESC, t.language DESC, t.status DESC,")
                        + " t.last_posted_at DESC, t.id DESC LIMIT :limit")
                .param("language", language)
                .param("chars", TopicOpening.CHARS_READ)
                .param("limit", limit);
        if (categoryId != null) {
            statement = statement.param("category", categoryId);
        }
        return statement
                .query((rs, n) -> new TopicOpening(
                        rs.getLong("id"),
                        rs.getLong("category_id"),
                        rs.getString("title"),
                        rs.getString("slug"),
                        rs.getString("language"),
                        rs.getInt("reply_count"),
                        instant(rs, "last_posted_at"),
                        rs.getString("opening")))
                .list();
    }

    /**
     * Per category, the visible topics a reader may see (in one language, or all for null) and the one with the
     * latest activity: what the forum's front page says of each category. A count per category reads the category's
     * entries of a (category_id, [language,] status, …) index, a few thousand on a large forum, so the front page
     * keeps the result until a topic changes ({@code CategoryActivity}).
     */
    List<CategoryActivity.Activity> categoryActivity(String language, boolean members) {
        String matches = "t.category_id = c.id AND t.status = 'VISIBLE'"
                + (language == null ? "" : " AND t.language = :language")
                + (members ? "" : " AND t.visibility = 'PUBLIC'");
        // As in indexOrder: the index's leading columns, so that the latest topic is the first entry read.
        String latestOrder = "t.category_id DESC, " + (language == null ? "" : "t.language DESC, ")
                + "t.status DESC, t.last_posted_at DESC, t.id DESC";
        JdbcClient.StatementSpec statement = jdbc.sql("""
                SELECT c.id AS category_id, (SELECT COUNT(*) FROM forum_topic t WHERE %1$s) AS topics,
                    lt.id, lt.title, lt.slug, lt.language, lt.last_posted_at
                FROM forum_category c
                LEFT JOIN forum_topic lt ON lt.id = (SELECT t.id FROM forum_topic t WHERE %1$s
                                                     ORDER BY %2$s LIMIT 1)
                """.formatted(matches, latestOrder));
        if (language != null) {
            statement = statement.param("language", language);
        }
        return statement
                .query((rs, n) -> new CategoryActivity.Activity(
                        rs.getLong("category_id"),
                        rs.getLong("topics"),
                        rs.getObject("id") == null
                                ? null
                                : new CategoryRow.Latest(
                                        rs.getLong("id"),
                                        rs.getString("title"),
                                        rs.getString("slug"),
                                        rs.getString("language"),
                                        instant(rs, "last_posted_at"))))
                .list();
    }

    /**
     * The sitemap's parts of public, visible topics: topics are grouped by id range ({@code idsPerPart} ids each), and
     * a range with none of them is no part. One pass over forum_topic_sitemap_idx's entries for public topics (about
     * 10 ms at 100,000 topics on H2); it runs when a crawler fetches the sitemap index, never for a page.
     */
    List<SitemapSource.Part> sitemapParts(int idsPerPart) {
        return jdbc.sql("""
                SELECT part, MAX(last_posted_at) AS last_posted_at
                FROM (SELECT (id - 1) / :size + 1 AS part, last_posted_at FROM forum_topic
                      WHERE status = 'VISIBLE' AND visibility = 'PUBLIC') public_topic
                GROUP BY part ORDER BY part
                """)
                .param("size", idsPerPart)
                .query((rs, n) -> new SitemapSource.Part(rs.getInt("part"), instant(rs, "last_posted_at")))
                .list();
    }

    /**
     * Public, visible topics with ids in ({@code after}, {@code last}], in id order: one keyset batch of a sitemap
     * part, read from forum_topic_sitemap_idx. The ORDER BY names the index's leading columns, fixed by the WHERE
     * clause, so that H2 reads the index in order and stops at the limit (with {@code ORDER BY id} alone it read the
     * rest of the range and sorted it, for every batch); PostgreSQL plans both alike.
     */
    List<TopicAddress> publicInIdRange(long after, long last, int limit) {
        return jdbc.sql("""
                SELECT id, slug, language, last_posted_at FROM forum_topic
                WHERE visibility = 'PUBLIC' AND status = 'VISIBLE' AND id > :after AND id <= :last
                ORDER BY visibility, status, id
                LIMIT :limit
                """)
                .param("after", after)
                .param("last", last)
                .param("limit", limit)
                .query((rs, n) -> new TopicAddress(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("language"),
                        instant(rs, "last_posted_at")))
                .list();
    }

    long insert(
            long categoryId,
            String title,
            String slug,
            String language,
            Visibility visibility,
            PostStatus status,
            long authorId,
            Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO forum_topic (category_id, title, slug, language, visibility, status, author_id,
                    created_at, last_posted_at, version)
                VALUES (:category, :title, :slug, :language, :visibility, :status, :author, :now, :now,
                    nextval('forum_change'))
                """)
                .param("category", categoryId)
                .param("title", title)
                .param("slug", slug)
                .param("language", language)
                .param("visibility", visibility.name())
                .param("status", status.name())
                .param("author", authorId)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Hands out the next post number. The UPDATE locks the topic's row until the transaction ends, so two replies
     * at once get different numbers.
     */
    int nextPostNumber(long topicId) {
        jdbc.sql("UPDATE forum_topic SET post_count = post_count + 1, version = nextval('forum_change') WHERE id = :id")
                .param("id", topicId)
                .update();
        return jdbc.sql("SELECT post_count FROM forum_topic WHERE id = :id")
                .param("id", topicId)
                .query(Integer.class)
                .single();
    }

    /**
     * A reply became visible: it counts, the topic moves up the "latest" lists, and it is the last reply unless one
     * with a higher number is visible already (an older reply approved or shown again late). The number is compared by
     * primary key, so a reply costs no search through the topic's posts.
     */
    public void replyShown(long topicId, long postId, int number, Instant postedAt) {
        jdbc.sql("""
                UPDATE forum_topic SET reply_count = reply_count + 1, version = nextval('forum_change'),
                    last_posted_at = CASE WHEN last_posted_at < :at THEN :at ELSE last_posted_at END,
                    last_reply_id = CASE
                        WHEN :number > COALESCE((SELECT p.number FROM forum_post p
                                                 WHERE p.id = forum_topic.last_reply_id AND p.status = 'VISIBLE'), 0)
                        THEN :post ELSE last_reply_id END
                WHERE id = :id
                """)
                .param("id", topicId)
                .param("at", utc(postedAt))
                .param("post", postId)
                .param("number", number)
                .update();
    }

    /** A visible reply was hidden or deleted (its status changed already); if it was the last, the one before is. */
    public void replyGone(long topicId, long postId) {
        jdbc.sql(
                        "UPDATE forum_topic SET reply_count = reply_count - 1, version = nextval('forum_change') WHERE id = :id AND reply_count > 0")
                .param("id", topicId)
                .update();
        jdbc.sql("UPDATE forum_topic SET last_reply_id = " + LAST_VISIBLE_REPLY
                        + " WHERE id = :id AND last_reply_id = :post")
                .param("id", topicId)
                .param("post", postId)
                .update();
    }

    void retitle(long topicId, String title, String slug, String language) {
        jdbc.sql(
                        "UPDATE forum_topic SET title = :title, slug = :slug, language = :language, version = nextval('forum_change') WHERE id = :id")
                .param("id", topicId)
                .param("title", title)
                .param("slug", slug)
                .param("language", language)
                .update();
    }

    void setAnswer(long topicId, Long postId) {
        jdbc.sql("UPDATE forum_topic SET answer_post_id = :post, version = nextval('forum_change') WHERE id = :id")
                .param("id", topicId)
                .param("post", postId)
                .update();
    }

    public void setPinned(long topicId, boolean pinned) {
        jdbc.sql("UPDATE forum_topic SET pinned = :pinned, version = nextval('forum_change') WHERE id = :id")
                .param("id", topicId)
                .param("pinned", pinned)
                .update();
    }

    public void setLocked(long topicId, boolean locked) {
        jdbc.sql("UPDATE forum_topic SET locked = :locked, version = nextval('forum_change') WHERE id = :id")
                .param("id", topicId)
                .param("locked", locked)
                .update();
    }

    public void move(long topicId, long categoryId) {
        jdbc.sql("UPDATE forum_topic SET category_id = :category, version = nextval('forum_change') WHERE id = :id")
                .param("id", topicId)
                .param("category", categoryId)
                .update();
    }

    public void setStatus(long topicId, PostStatus status) {
        jdbc.sql("UPDATE forum_topic SET status = :status, version = nextval('forum_change') WHERE id = :id")
                .param("id", topicId)
                .param("status", status.name())
                .update();
    }

    /**
     * Something on the topic's pages changed that this class did not write itself (a post, a reaction). Returns the
     * post's topic, or nothing when there is no such post.
     */
    public List<Long> touchByPost(long postId) {
        List<Long> topic = jdbc.sql("SELECT topic_id FROM forum_post WHERE id = :post")
                .param("post", postId)
                .query(Long.class)
                .list();
        jdbc.sql(
                        "UPDATE forum_topic SET version = nextval('forum_change') WHERE id = (SELECT topic_id FROM forum_post WHERE id = :post)")
                .param("post", postId)
                .update();
        return topic;
    }

    /** Every topic the member posted in, before their posts change at once (account deletion); returns them. */
    List<Long> touchByAuthor(long memberId) {
        List<Long> touched = jdbc.sql("SELECT DISTINCT topic_id FROM forum_post WHERE author_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .list();
        jdbc.sql("""
                UPDATE forum_topic SET version = nextval('forum_change')
                WHERE id IN (SELECT topic_id FROM forum_post WHERE author_id = :member)
                """).param("member", memberId).update();
        return touched;
    }

    void addViews(long topicId, long views) {
        jdbc.sql("UPDATE forum_topic SET view_count = view_count + :views WHERE id = :id")
                .param("id", topicId)
                .param("views", views)
                .update();
    }

    /**
     * The member's account is gone and their name with it; what they wrote stays, by "deleted member". Returns the
     * topics they started.
     */
    List<Long> forgetAuthor(long memberId) {
        List<Long> started = idsByAuthor(memberId);
        jdbc.sql("UPDATE forum_topic SET author_id = NULL, version = nextval('forum_change') WHERE author_id = :member")
                .param("member", memberId)
                .update();
        return started;
    }

    /** Public, visible topics, for a full reindex of search. */
    void publicIds(java.util.function.LongConsumer ids) {
        jdbc.sql("SELECT id FROM forum_topic WHERE status = 'VISIBLE' AND visibility = 'PUBLIC' ORDER BY id")
                .query(Long.class)
                .list()
                .forEach(ids::accept);
    }

    List<Long> idsByAuthor(long memberId) {
        return jdbc.sql("SELECT id FROM forum_topic WHERE author_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .list();
    }

    /** Counts the visible replies again, and finds the last, after many posts changed at once. */
    void recount(List<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE forum_topic SET version = nextval('forum_change'), reply_count = (SELECT COUNT(*) FROM forum_post p
                    WHERE p.topic_id = forum_topic.id AND p.status = 'VISIBLE' AND p.number > 1),
                    last_reply_id = %s
                WHERE id IN (:ids)
                """.formatted(LAST_VISIBLE_REPLY)).param("ids", topicIds).update();
    }

    /** Every topic's last reply found afresh: after a bulk load, which writes topics before their posts. */
    void findEveryLastReply() {
        jdbc.sql("UPDATE forum_topic SET last_reply_id = " + LAST_VISIBLE_REPLY + " WHERE reply_count > 0")
                .update();
    }

    /** Removes those of the topics in which nobody but their (deleted) author had posted. */
    void deleteUnanswered(List<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                DELETE FROM forum_topic WHERE id IN (:ids) AND NOT EXISTS
                    (SELECT 1 FROM forum_post p WHERE p.topic_id = forum_topic.id AND p.author_id IS NOT NULL)
                  AND NOT EXISTS
                    (SELECT 1 FROM forum_post p WHERE p.topic_id = forum_topic.id AND p.guest_name IS NOT NULL)
                """).param("ids", topicIds).update();
    }
}
