package org.mpscommons.redflags;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the table's clinical reviews. */
@Repository
class WarningSignReviews {

    private final JdbcClient jdbc;

    WarningSignReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest review of this version of the table. */
    Optional<WarningSignReview> of(String version, ZoneId zone) {
        return jdbc.sql("""
                SELECT reviewer_name, profession, reviewed_at FROM warning_sign_review
                WHERE table_version = :version ORDER BY reviewed_at DESC, id DESC FETCH FIRST 1 ROWS ONLY
                """)
                .param("version", version)
                .query((rs, n) -> new WarningSignReview(
                        rs.getString("reviewer_name"),
                        rs.getString("profession"),
                        LocalDate.ofInstant(SqlTime.instant(rs, "reviewed_at"), zone)))
                .optional();
    }

    /** One review as the reviewer's data export lists it. */
    record Recorded(String tableVersion, String profession, Instant reviewedAt) {}

    java.util.List<Recorded> by(long memberId) {
        return jdbc.sql("""
                SELECT table_version, profession, reviewed_at FROM warning_sign_review
                WHERE reviewer_id = :member ORDER BY reviewed_at
                """)
                .param("member", memberId)
                .query((rs, n) -> new Recorded(
                        rs.getString("table_version"), rs.getString("profession"), SqlTime.instant(rs, "reviewed_at")))
                .list();
    }

    void insert(String version, long reviewerId, String name, String profession, Instant at) {
        jdbc.sql("""
                INSERT INTO warning_sign_review (table_version, reviewer_id, reviewer_name, profession, reviewed_at)
                VALUES (:version, :reviewer, :name, :profession, :at)
                """)
                .param("version", version)
                .param("reviewer", reviewerId)
                .param("name", name)
                .param("profession", profession)
                .param("at", SqlTime.utc(at))
                .update();
    }

    /** A deleted account's reviews stay as the record of a review, by their profession, no longer naming them. */
    void forget(long memberId) {
        jdbc.sql("UPDATE warning_sign_review SET reviewer_id = NULL, reviewer_name = '' WHERE reviewer_id = :member")
                .param("member", memberId)
                .update();
    }
}
