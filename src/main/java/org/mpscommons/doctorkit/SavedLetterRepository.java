package org.mpscommons.doctorkit;

import static org.mpscommons.web.SqlTime.instant;
import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL for the answers members chose to keep (table doctor_kit_letter). */
@Repository
class SavedLetterRepository {

    private static final RowMapper<SavedLetter> SAVED = (rs, n) -> new SavedLetter(
            rs.getLong("id"),
            instant(rs, "created_at"),
            new KitAnswers(
                    split(rs.getString("regions")),
                    rs.getString("since"),
                    split(rs.getString("diagnoses")),
                    split(rs.getString("treatments")),
                    rs.getString("letter_language"),
                    rs.getString("note"),
                    "",
                    "",
                    false));

    private final JdbcClient jdbc;

    SavedLetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long memberId, KitAnswers answers, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO doctor_kit_letter (member_id, regions, since, diagnoses, treatments, letter_language, note,
                    created_at)
                VALUES (:member, :regions, :since, :diagnoses, :treatments, :language, :note, :now)
                """)
                .param("member", memberId)
                .param("regions", String.join(",", answers.regions()))
                .param("since", answers.since())
                .param("diagnoses", String.join(",", answers.diagnoses()))
                .param("treatments", String.join(",", answers.treatments()))
                .param("language", answers.letterLanguage())
                .param("note", answers.note())
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Newest first. */
    List<SavedLetter> ownedBy(long memberId) {
        return jdbc.sql("""
                SELECT id, regions, since, diagnoses, treatments, letter_language, note, created_at
                FROM doctor_kit_letter WHERE member_id = :member ORDER BY created_at DESC, id DESC
                """).param("member", memberId).query(SAVED).list();
    }

    Optional<SavedLetter> find(long id, long memberId) {
        return jdbc.sql("""
                SELECT id, regions, since, diagnoses, treatments, letter_language, note, created_at
                FROM doctor_kit_letter WHERE id = :id AND member_id = :member
                """)
                .param("id", id)
                .param("member", memberId)
                .query(SAVED)
                .optional();
    }

    boolean delete(long id, long memberId) {
        return jdbc.sql("DELETE FROM doctor_kit_letter WHERE id = :id AND member_id = :member")
                        .param("id", id)
                        .param("member", memberId)
                        .update()
                > 0;
    }

    void deleteAllOf(long memberId) {
        jdbc.sql("DELETE FROM doctor_kit_letter WHERE member_id = :member")
                .param("member", memberId)
                .update();
    }

    private static List<String> split(String ids) {
        return ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
    }
}
