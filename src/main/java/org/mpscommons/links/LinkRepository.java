package org.mpscommons.links;

import static org.mpscommons.web.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mpscommons.web.Language;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL for curated links. A few dozen rows: the pages read them all, in one query. */
@Repository
class LinkRepository {

    private static final String COLUMNS = """
            id, kind, title_en, title_ja, url, language, description_en, description_ja, position, editor_checked,
            editor_note, check_status, moved_to, check_problem, check_error, checked_at, created_at, updated_at
            """;

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every link, in page order within each kind. */
    List<Link> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM link ORDER BY position, id")
                .query(LinkRepository::link)
                .list();
    }

    Optional<Link> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM link WHERE id = :id")
                .param("id", id)
                .query(LinkRepository::link)
                .optional();
    }

    /** The links the checker visits: those with an address, least recently checked first. */
    List<Link> withAddress() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM link WHERE url IS NOT NULL ORDER BY checked_at NULLS FIRST, id")
                .query(LinkRepository::link)
                .list();
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM link").query(Long.class).single() == 0;
    }

    /** The place after the last link of a kind, for a new link whose editor left the place empty. */
    int nextPosition(LinkKind kind) {
        Integer last = jdbc.sql("SELECT MAX(position) FROM link WHERE kind = :kind")
                .param("kind", kind.code())
                .query(Integer.class)
                .single();
        return last == null ? 10 : last + 10;
    }

    long insert(LinkValues values, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO link (kind, title_en, title_ja, url, language, description_en, description_ja, position,
                    editor_checked, editor_note, check_status, created_at, updated_at)
                VALUES (:kind, :titleEn, :titleJa, :url, :language, :descriptionEn, :descriptionJa, :position,
                    :editorChecked, :editorNote, 'UNCHECKED', :now, :now)
                """).params(parameters(values)).param("now", utc(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Saves an editor's change. A changed address forgets what the checker found at the old one: the result would
     * describe another page.
     */
    void update(long id, LinkValues values, Instant now) {
        jdbc.sql("""
                UPDATE link SET kind = :kind, title_en = :titleEn, title_ja = :titleJa, language = :language,
                    description_en = :descriptionEn, description_ja = :descriptionJa, position = :position,
                    editor_checked = :editorChecked, editor_note = :editorNote, updated_at = :now,
                    check_status = CASE WHEN url = :url THEN check_status ELSE 'UNCHECKED' END,
                    moved_to = CASE WHEN url = :url THEN moved_to END,
                    check_problem = CASE WHEN url = :url THEN check_problem END,
                    check_error = CASE WHEN url = :url THEN check_error END,
                    checked_at = CASE WHEN url = :url THEN checked_at END,
                    url = :url
                WHERE id = :id
                """)
                .params(parameters(values))
                .param("id", id)
                .param("now", utc(now))
                .update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM link WHERE id = :id").param("id", id).update() == 1;
    }

    boolean markEditorChecked(long id, Instant now) {
        return jdbc.sql("UPDATE link SET editor_checked = TRUE, updated_at = :now WHERE id = :id")
                        .param("id", id)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    /**
     * Stores what the checker found at {@code url}, unless an editor changed the link's address while it was being
     * checked.
     */
    void recordCheck(long id, String url, CheckResult result, Instant now) {
        jdbc.sql("""
                UPDATE link SET check_status = :status, moved_to = :movedTo, check_problem = :problem,
                    check_error = :error, checked_at = :now
                WHERE id = :id AND url = :url
                """)
                .param("id", id)
                .param("url", url)
                .param("status", result.status().name())
                .param("movedTo", result.movedTo())
                .param(
                        "problem",
                        result.problem() == null ? null : result.problem().name())
                .param("error", result.detail())
                .param("now", utc(now))
                .update();
    }

    private static java.util.Map<String, Object> parameters(LinkValues values) {
        java.util.Map<String, Object> map = new java.util.HashMap<>();
        map.put("kind", values.kind().code());
        map.put("titleEn", values.titleEn());
        map.put("titleJa", values.titleJa());
        map.put("url", values.url());
        map.put("language", values.language().code());
        map.put("descriptionEn", values.descriptionEn());
        map.put("descriptionJa", values.descriptionJa());
        map.put("position", values.position());
        map.put("editorChecked", values.editorChecked());
        map.put("editorNote", values.editorNote());
        return map;
    }

    private static Link link(ResultSet rs, int row) throws SQLException {
        String problem = rs.getString("check_problem");
        return new Link(
                rs.getLong("id"),
                LinkKind.fromCode(rs.getString("kind")).orElseThrow(),
                rs.getString("title_en"),
                rs.getString("title_ja"),
                rs.getString("url"),
                Language.fromCode(rs.getString("language")).orElseThrow(),
                rs.getString("description_en"),
                rs.getString("description_ja"),
                rs.getInt("position"),
                rs.getBoolean("editor_checked"),
                rs.getString("editor_note"),
                CheckStatus.valueOf(rs.getString("check_status")),
                rs.getString("moved_to"),
                problem == null ? null : CheckProblem.valueOf(problem),
                rs.getString("check_error"),
                SqlTime.instant(rs, "checked_at"),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "updated_at"));
    }
}
