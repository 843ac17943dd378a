package org.mpscommons.forum.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for members' drafts (table forum_draft). */
@Repository
class DraftRepository {

    private static final RowMapper<Draft> DRAFT = (rs, row) -> new Draft(
            rs.getString("place"), rs.getString("title"), rs.getString("body"), SqlTime.instant(rs, "updated_at"));

    private final JdbcClient jdbc;

    DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Draft> find(long member, String place) {
        return jdbc.sql(
                        "SELECT place, title, body, updated_at FROM forum_draft WHERE member_id = :member AND place = :place")
                .param("member", member)
                .param("place", place)
                .query(DRAFT)
                .optional();
    }

    /** The newest of the member's drafts whose place starts with the prefix. */
    Optional<Draft> newest(long member, String placePrefix) {
        return jdbc.sql("""
                        SELECT place, title, body, updated_at FROM forum_draft
                        WHERE member_id = :member AND place LIKE :prefix
                        ORDER BY updated_at DESC, place FETCH FIRST 1 ROWS ONLY
                        """)
                .param("member", member)
                .param("prefix", placePrefix + "%")
                .query(DRAFT)
                .optional();
    }

    List<Draft> all(long member) {
        return jdbc.sql(
                        "SELECT place, title, body, updated_at FROM forum_draft WHERE member_id = :member ORDER BY updated_at DESC, place")
                .param("member", member)
                .query(DRAFT)
                .list();
    }

    /** Standard MERGE: PostgreSQL (15+) and H2 both run it, and two saves from two tabs cannot collide. */
    void save(long member, String place, String title, String body, Instant now) {
        jdbc.sql("""
                        MERGE INTO forum_draft d
                        USING (VALUES (CAST(:member AS BIGINT), CAST(:place AS VARCHAR(80)))) AS v (member_id, place)
                        ON d.member_id = v.member_id AND d.place = v.place
                        WHEN MATCHED THEN UPDATE SET title = :title, body = :body, updated_at = :now
                        WHEN NOT MATCHED THEN INSERT (member_id, place, title, body, updated_at)
                            VALUES (v.member_id, v.place, :title, :body, :now)
                        """)
                .param("member", member)
                .param("place", place)
                .param("title", title)
                .param("body", body)
                .param("now", SqlTime.utc(now))
                .update();
    }

    void delete(long member, String place) {
        jdbc.sql("DELETE FROM forum_draft WHERE member_id = :member AND place = :place")
                .param("member", member)
                .param("place", place)
                .update();
    }

    long count(long member) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_draft WHERE member_id = :member")
                .param("member", member)
                .query(Long.class)
                .single();
    }

    /** Keeps the member's {@code keep} newest drafts and deletes the rest. */
    void trim(long member, int keep) {
        List<String> old = jdbc.sql("""
                        SELECT place FROM forum_draft WHERE member_id = :member
                        ORDER BY updated_at DESC, place OFFSET :keep ROWS
                        """)
                .param("member", member)
                .param("keep", keep)
                .query(String.class)
                .list();
        old.forEach(place -> delete(member, place));
    }

    void forget(long member) {
        jdbc.sql("DELETE FROM forum_draft WHERE member_id = :member")
                .param("member", member)
                .update();
    }
}
