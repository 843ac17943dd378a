package org.mpscommons.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** The record of every admin and moderator action, readable by admins. Never holds anything about health. */
@Component
@NamedInterface("api")
public class AuditLog {

    /** One entry as the admin page shows it. */
    public record Entry(
            long id,
            Instant occurredAt,
            String actorName,
            String action,
            String targetName,
            String detail,
            String reason) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param actorId null for the system itself (e.g. the first admin created from the environment) */
    public void record(
            Long actorId,
            String actorName,
            String action,
            Long targetId,
            String targetName,
            String detail,
            String reason) {
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, target_id, target_name, detail, reason)
                VALUES (:now, :actorId, :actorName, :action, :targetId, :targetName, :detail, :reason)
                """)
                .param("now", SqlTime.utc(clock.instant()))
                .param("actorId", actorId)
                .param("actorName", actorName)
                .param("action", action)
                .param("targetId", targetId)
                .param("targetName", targetName)
                .param("detail", detail)
                .param("reason", reason)
                .update();
    }

    /** The entries about one member, oldest first, for their data export. */
    List<Entry> aboutMember(long memberId) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor_name, action, target_name, detail, reason FROM audit_log
                WHERE target_id = :id ORDER BY id
                """).param("id", memberId).query(this::entry).list();
    }

    /** Newest first, before entry {@code beforeId} (keyset paging). */
    List<Entry> page(long beforeId, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor_name, action, target_name, detail, reason FROM audit_log
                WHERE id < :before ORDER BY id DESC LIMIT :limit
                """)
                .param("before", beforeId)
                .param("limit", limit)
                .query(this::entry)
                .list();
    }

    private Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(
                rs.getLong(1),
                SqlTime.instant(rs, "occurred_at"),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7));
    }
}
