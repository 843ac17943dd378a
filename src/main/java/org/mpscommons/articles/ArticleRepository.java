package org.mpscommons.articles;

import static org.mpscommons.web.SqlTime.instant;
import static org.mpscommons.web.SqlTime.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL for articles, their revisions and citations, readers' votes and error reports. */
@Repository
class ArticleRepository {

    private static final String COLUMNS = """
            id, translation_key, language, slug, title, summary, theme, tags, body_source, body_html, status,
            revision, reviewed_on, reviewer_name, review_due, medical_reviewed_on, medical_reviewer_name,
            medical_reviewer_profession, medical_review_due, medical_review_revision, created_at, updated_at,
            published_at""";

    private static final RowMapper<Article> ARTICLE = (rs, n) -> new Article(
            rs.getLong("id"),
            rs.getString("translation_key"),
            rs.getString("language"),
            rs.getString("slug"),
            rs.getString("title"),
            rs.getString("summary"),
            Theme.fromCode(rs.getString("theme")).orElse(Theme.ABOUT),
            tags(rs.getString("tags")),
            rs.getString("body_source"),
            rs.getString("body_html"),
            ArticleStatus.valueOf(rs.getString("status")),
            rs.getInt("revision"),
            editorialReview(rs),
            medicalReview(rs),
            instant(rs, "created_at"),
            instant(rs, "updated_at"),
            instant(rs, "published_at"));

    private static final RowMapper<Revision> REVISION = (rs, n) -> new Revision(
            rs.getLong("id"),
            rs.getInt("number"),
            rs.getString("editor_name"),
            rs.getString("note"),
            rs.getString("title"),
            rs.getString("summary"),
            rs.getString("theme"),
            rs.getString("tags"),
            rs.getString("slug"),
            rs.getString("body_source"),
            instant(rs, "created_at"));

    private static final RowMapper<ErrorReport> REPORT = (rs, n) -> new ErrorReport(
            rs.getLong("id"),
            rs.getLong("article_id"),
            rs.getString("title"),
            rs.getString("language"),
            rs.getString("slug"),
            rs.getString("body"),
            ErrorReport.Status.valueOf(rs.getString("status")),
            rs.getString("reply"),
            instant(rs, "created_at"),
            instant(rs, "handled_at"));

    /** Reports with the title and address of their article; each query adds its WHERE and ORDER BY. */
    private static final String REPORTS = """
                SELECT r.id, r.article_id, a.title, a.language, a.slug, r.body, r.status, r.reply, r.created_at,
                    r.handled_at
                FROM article_report r JOIN article a ON a.id = r.article_id
            """;

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an article is made of when it is saved. */
    record Content(
            String translationKey,
            String language,
            String slug,
            String title,
            String summary,
            Theme theme,
            List<String> tags,
            String bodySource,
            String bodyHtml) {}

    /**
     * Changes whenever anything an article page shows changes: an article's text or status, a review of either kind
     * (by the time it was recorded: two reviews on one day share a date), a reference's details, an editor's answer to
     * a report.
     */
    String pagesVersion() {
        return jdbc.sql("""
                SELECT (SELECT MAX(updated_at) FROM article) AS articles,
                    (SELECT MAX(review_recorded_at) FROM article) AS reviews,
                    (SELECT MAX(updated_at) FROM article_reference) AS refs,
                    (SELECT MAX(handled_at) FROM article_report) AS answers
                """)
                .query((rs, n) -> rs.getString("articles") + "/" + rs.getString("reviews") + "/" + rs.getString("refs")
                        + "/" + rs.getString("answers"))
                .single();
    }

    /** An article as a card shows it: no text, no references. */
    record Featured(String slug, String title, String summary, boolean medicallyReviewed) {}

    /**
     * Published articles of a language for the home page: the most recently reviewed by a medical professional first,
     * then the newest; the site's articles about itself are left out, as they are not what a reader in pain came for.
     * A few hundred rows at most, read without their texts.
     */
    List<Featured> featured(String language, int limit) {
        return jdbc.sql("""
                SELECT slug, title, summary, medical_reviewed_on FROM article
                WHERE status = 'PUBLISHED' AND language = :language AND theme <> :about
                ORDER BY medical_reviewed_on DESC NULLS LAST, published_at DESC NULLS LAST, id DESC
                LIMIT :limit
                """)
                .param("language", language)
                .param("about", Theme.ABOUT.code())
                .param("limit", limit)
                .query((rs, n) -> new Featured(
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getDate("medical_reviewed_on") != null))
                .list();
    }

    Optional<Article> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE id = :id")
                .param("id", id)
                .query(ARTICLE)
                .optional();
    }

    Optional<Article> bySlug(String language, String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE language = :language AND slug = :slug")
                .param("language", language)
                .param("slug", slug)
                .query(ARTICLE)
                .optional();
    }

    /** The article with this translation key in each language it exists in. */
    List<Article> byTranslationKey(String translationKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE translation_key = :key ORDER BY language")
                .param("key", translationKey)
                .query(ARTICLE)
                .list();
    }

    List<Article> published(String language) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE status = 'PUBLISHED' AND language = :language"
                        + " ORDER BY theme, title")
                .param("language", language)
                .query(ARTICLE)
                .list();
    }

    List<Article> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article ORDER BY translation_key, language")
                .query(ARTICLE)
                .list();
    }

    long insert(Content content, ArticleStatus status, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO article (translation_key, language, slug, title, summary, theme, tags, body_source,
                    body_html, status, revision, created_at, updated_at, published_at)
                VALUES (:key, :language, :slug, :title, :summary, :theme, :tags, :source, :html, :status, 1, :now,
                    :now, :published)
                """)
                .param("key", content.translationKey())
                .param("language", content.language())
                .param("slug", content.slug())
                .param("title", content.title())
                .param("summary", content.summary())
                .param("theme", content.theme().code())
                .param("tags", String.join(", ", content.tags()))
                .param("source", content.bodySource())
                .param("html", content.bodyHtml())
                .param("status", status.name())
                .param("now", utc(now))
                .param("published", status == ArticleStatus.PUBLISHED ? utc(now) : null)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Saves new content as the given revision, if the article is still at the revision the editor started from. */
    boolean update(long id, int expectedRevision, Content content, Instant now) {
        return jdbc.sql("""
                UPDATE article SET slug = :slug, title = :title, summary = :summary, theme = :theme, tags = :tags,
                    body_source = :source, body_html = :html, revision = revision + 1, updated_at = :now
                WHERE id = :id AND revision = :expected
                """)
                        .param("id", id)
                        .param("expected", expectedRevision)
                        .param("slug", content.slug())
                        .param("title", content.title())
                        .param("summary", content.summary())
                        .param("theme", content.theme().code())
                        .param("tags", String.join(", ", content.tags()))
                        .param("source", content.bodySource())
                        .param("html", content.bodyHtml())
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    void setStatus(long id, ArticleStatus status, Instant now) {
        jdbc.sql("""
                UPDATE article SET status = :status, updated_at = :now,
                    published_at = CASE WHEN :status = 'PUBLISHED' AND published_at IS NULL THEN :now ELSE published_at END
                WHERE id = :id
                """)
                .param("id", id)
                .param("status", status.name())
                .param("now", utc(now))
                .update();
    }

    /** Records an editor's check of the text at this revision; false if the text changed meanwhile. */
    boolean editorialReview(
            long id, int revision, LocalDate on, long reviewerId, String reviewerName, LocalDate due, Instant now) {
        return jdbc.sql("""
                UPDATE article SET reviewed_on = :on, reviewer_id = :reviewer, reviewer_name = :name, review_due = :due,
                    review_recorded_at = :now
                WHERE id = :id AND revision = :revision
                """)
                        .param("id", id)
                        .param("revision", revision)
                        .param("on", Date.valueOf(on))
                        .param("reviewer", reviewerId)
                        .param("name", reviewerName)
                        .param("due", Date.valueOf(due))
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    /** Records a verified professional's review of the text at this revision; false if the text changed meanwhile. */
    boolean medicalReview(
            long id,
            int revision,
            LocalDate on,
            long reviewerId,
            String reviewerName,
            String profession,
            LocalDate due,
            Instant now) {
        return jdbc.sql("""
                UPDATE article SET medical_reviewed_on = :on, medical_reviewer_id = :reviewer,
                    medical_reviewer_name = :name, medical_reviewer_profession = :profession, medical_review_due = :due,
                    medical_review_revision = revision, review_recorded_at = :now
                WHERE id = :id AND revision = :revision
                """)
                        .param("id", id)
                        .param("revision", revision)
                        .param("on", Date.valueOf(on))
                        .param("reviewer", reviewerId)
                        .param("name", reviewerName)
                        .param("profession", profession)
                        .param("due", Date.valueOf(due))
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    /** The reviews that still name the member, for "download my data": the latest of each kind per article. */
    List<MemberReview> reviewsBy(long memberId) {
        return jdbc.sql("""
                SELECT language, slug, 'editorial' AS kind, reviewed_on AS reviewed_on, CAST(NULL AS VARCHAR(200))
                    AS profession
                FROM article WHERE reviewer_id = :member
                UNION ALL
                SELECT language, slug, 'medical' AS kind, medical_reviewed_on AS reviewed_on,
                    medical_reviewer_profession AS profession
                FROM article WHERE medical_reviewer_id = :member
                ORDER BY reviewed_on, language, slug
                """)
                .param("member", memberId)
                .query((rs, n) -> new MemberReview(
                        rs.getString("language"),
                        rs.getString("slug"),
                        rs.getString("kind"),
                        date(rs.getDate("reviewed_on")),
                        rs.getString("profession")))
                .list();
    }

    /** One review a member recorded, as their data export lists it. */
    record MemberReview(String language, String slug, String kind, LocalDate on, String profession) {}

    void addRevision(
            long articleId, int number, Long editorId, String editorName, String note, Content content, Instant now) {
        jdbc.sql("""
                INSERT INTO article_revision (article_id, number, editor_id, editor_name, note, title, summary, theme,
                    tags, slug, body_source, created_at)
                VALUES (:article, :number, :editor, :name, :note, :title, :summary, :theme, :tags, :slug, :source, :now)
                """)
                .param("article", articleId)
                .param("number", number)
                .param("editor", editorId)
                .param("name", editorName)
                .param("note", note)
                .param("title", content.title())
                .param("summary", content.summary())
                .param("theme", content.theme().code())
                .param("tags", String.join(", ", content.tags()))
                .param("slug", content.slug())
                .param("source", content.bodySource())
                .param("now", utc(now))
                .update();
    }

    List<Revision> revisions(long articleId) {
        return jdbc.sql("""
                SELECT id, number, editor_name, note, title, summary, theme, tags, slug, body_source, created_at
                FROM article_revision WHERE article_id = :article ORDER BY number DESC
                """).param("article", articleId).query(REVISION).list();
    }

    Optional<Revision> revision(long articleId, int number) {
        return jdbc.sql("""
                SELECT id, number, editor_name, note, title, summary, theme, tags, slug, body_source, created_at
                FROM article_revision WHERE article_id = :article AND number = :number
                """)
                .param("article", articleId)
                .param("number", number)
                .query(REVISION)
                .optional();
    }

    /** Replaces which references the article cites, in order of first citation. */
    void cite(long articleId, List<Long> referenceIds) {
        jdbc.sql("DELETE FROM article_citation WHERE article_id = :article")
                .param("article", articleId)
                .update();
        for (int i = 0; i < referenceIds.size(); i++) {
            jdbc.sql("INSERT INTO article_citation (article_id, reference_id, position) VALUES (:article, :ref, :pos)")
                    .param("article", articleId)
                    .param("ref", referenceIds.get(i))
                    .param("pos", i + 1)
                    .update();
        }
    }

    void vote(long articleId, boolean helpful, Instant now) {
        jdbc.sql("INSERT INTO article_vote (article_id, helpful, created_at) VALUES (:article, :helpful, :now)")
                .param("article", articleId)
                .param("helpful", helpful)
                .param("now", utc(now))
                .update();
    }

    /** Helpful and not helpful votes per article id: {yes, no}. */
    Map<Long, long[]> votes() {
        return jdbc
                .sql("""
                SELECT article_id, SUM(CASE WHEN helpful THEN 1 ELSE 0 END) AS yes,
                    SUM(CASE WHEN helpful THEN 0 ELSE 1 END) AS no
                FROM article_vote GROUP BY article_id
                """)
                .query((rs, n) -> Map.entry(rs.getLong("article_id"), new long[] {rs.getLong("yes"), rs.getLong("no")}))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void report(long articleId, String body, Long reporterId, Instant now) {
        jdbc.sql("""
                INSERT INTO article_report (article_id, body, reporter_id, status, created_at)
                VALUES (:article, :body, :reporter, 'OPEN', :now)
                """)
                .param("article", articleId)
                .param("body", body)
                .param("reporter", reporterId)
                .param("now", utc(now))
                .update();
    }

    List<ErrorReport> reports(ErrorReport.Status status, int limit) {
        return jdbc.sql(REPORTS + """
                WHERE r.status = :status ORDER BY r.created_at DESC, r.id DESC FETCH FIRST :limit ROWS ONLY
                """)
                .param("status", status.name())
                .param("limit", limit)
                .query(REPORT)
                .list();
    }

    /** Handled reports of one article that carry a reply: the corrections readers see. */
    List<ErrorReport> answered(long articleId) {
        return jdbc.sql(REPORTS + """
                WHERE r.article_id = :article AND r.status <> 'OPEN' AND r.reply IS NOT NULL
                ORDER BY r.handled_at DESC
                """).param("article", articleId).query(REPORT).list();
    }

    List<ErrorReport> reportsBy(long memberId) {
        return jdbc.sql(REPORTS + """
                WHERE r.reporter_id = :member ORDER BY r.created_at
                """).param("member", memberId).query(REPORT).list();
    }

    Map<Long, Long> openReportCounts() {
        return jdbc
                .sql(
                        "SELECT article_id, COUNT(*) AS open FROM article_report WHERE status = 'OPEN' GROUP BY article_id")
                .query((rs, n) -> Map.entry(rs.getLong("article_id"), rs.getLong("open")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    boolean handle(long reportId, ErrorReport.Status status, String reply, long handlerId, Instant now) {
        return jdbc.sql("""
                UPDATE article_report SET status = :status, reply = :reply, handler_id = :handler, handled_at = :now
                WHERE id = :id
                """)
                        .param("id", reportId)
                        .param("status", status.name())
                        .param("reply", reply)
                        .param("handler", handlerId)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    /** The member's account is gone: what they wrote for the site stays, without their name or id. */
    void forget(long memberId) {
        jdbc.sql("UPDATE article_revision SET editor_id = NULL, editor_name = '' WHERE editor_id = :member")
                .param("member", memberId)
                .update();
        jdbc.sql("UPDATE article SET reviewer_id = NULL, reviewer_name = '' WHERE reviewer_id = :member")
                .param("member", memberId)
                .update();
        jdbc.sql("""
                UPDATE article SET medical_reviewer_id = NULL, medical_reviewer_name = ''
                WHERE medical_reviewer_id = :member
                """).param("member", memberId).update();
        jdbc.sql("UPDATE article_report SET reporter_id = NULL WHERE reporter_id = :member")
                .param("member", memberId)
                .update();
        jdbc.sql("UPDATE article_report SET handler_id = NULL WHERE handler_id = :member")
                .param("member", memberId)
                .update();
    }

    private static List<String> tags(String tags) {
        return tags == null || tags.isBlank()
                ? List.of()
                : Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList();
    }

    private static EditorialReview editorialReview(ResultSet rs) throws SQLException {
        LocalDate on = date(rs.getDate("reviewed_on"));
        return on == null
                ? null
                : new EditorialReview(on, nullToEmpty(rs.getString("reviewer_name")), date(rs.getDate("review_due")));
    }

    private static MedicalReview medicalReview(ResultSet rs) throws SQLException {
        LocalDate on = date(rs.getDate("medical_reviewed_on"));
        return on == null
                ? null
                : new MedicalReview(
                        on,
                        nullToEmpty(rs.getString("medical_reviewer_name")),
                        rs.getString("medical_reviewer_profession"),
                        date(rs.getDate("medical_review_due")),
                        rs.getInt("medical_review_revision"));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** Whether this revision of the article was saved by the site itself (loaded or corrected), not by an editor. */
    boolean savedByTheSite(long articleId, int number, String siteName) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM article_revision
                WHERE article_id = :article AND number = :number AND editor_id IS NULL AND editor_name = :name
                """)
                        .param("article", articleId)
                        .param("number", number)
                        .param("name", siteName)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
