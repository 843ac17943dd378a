package org.mpscommons.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The synonym lists admins saved (the SQL of this feature's synonyms, in one place). */
@Repository
public class SynonymLists {

    /** One saved list, without its text (for the history). */
    public record Saved(long id, int groups, Instant savedAt, String savedByName, String note, Long restoredFrom) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SynonymLists(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest list's id, 0 when none was saved: cheap enough to ask every few seconds. */
    long newestId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM search_synonym_list")
                .query(Long.class)
                .single();
    }

    Optional<String> body(long id) {
        return jdbc.sql("SELECT body FROM search_synonym_list WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** @param restoredFrom the list this one restores (0: the shipped one), or null for a list an admin wrote */
    long save(String body, int groups, Long memberId, String memberName, String note, Long restoredFrom) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO search_synonym_list (body, groups_count, saved_at, saved_by, saved_by_name, note,
                    restored_from)
                VALUES (:body, :groups, :now, :memberId, :memberName, :note, :restoredFrom)
                """)
                .param("body", body)
                .param("groups", groups)
                .param("now", SqlTime.utc(clock.instant()))
                .param("memberId", memberId)
                .param("memberName", memberName)
                .param("note", note)
                .param("restoredFrom", restoredFrom)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The newest lists first. */
    List<Saved> history(int limit) {
        return jdbc.sql("""
                SELECT id, groups_count, saved_at, saved_by_name, note, restored_from FROM search_synonym_list
                ORDER BY id DESC FETCH FIRST :limit ROWS ONLY
                """)
                .param("limit", limit)
                .query((rs, n) -> new Saved(
                        rs.getLong("id"),
                        rs.getInt("groups_count"),
                        SqlTime.instant(rs, "saved_at"),
                        rs.getString("saved_by_name"),
                        rs.getString("note"),
                        rs.getObject("restored_from", Long.class)))
                .list();
    }
}
