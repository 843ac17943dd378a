package org.mpscommons.forum.notifications;

import static org.mpscommons.web.SqlTime.instant;
import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for notifications and members' mail preferences. */
@Repository
public class NotificationRepository {

    private static final String COLUMNS =
            "id, member_id, kind, topic_id, post_id, actor_name, topic_title, created_at, read_at";

    private static final RowMapper<Notification> NOTIFICATION = (rs, n) -> new Notification(
            rs.getLong("id"),
            rs.getLong("member_id"),
            Notification.Kind.valueOf(rs.getString("kind")),
            rs.getLong("topic_id"),
            rs.getLong("post_id"),
            rs.getString("actor_name"),
            rs.getString("topic_title"),
            instant(rs, "created_at"),
            instant(rs, "read_at"));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    NotificationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * One statement for all recipients, however many follow the topic. Those in {@code mailed} are written as mailed
     * already (mailed at once, or wanting no mail), so the daily digest leaves them out.
     */
    void insert(
            Map<Long, Notification.Kind> recipients,
            Set<Long> mailed,
            long topicId,
            long postId,
            Long actorId,
            String actorName,
            String topicTitle,
            Instant now) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        recipients.forEach((member, kind) -> rows.add(new MapSqlParameterSource()
                .addValue("member", member)
                .addValue("kind", kind.name())
                .addValue("topic", topicId)
                .addValue("post", postId)
                .addValue("actorId", actorId)
                .addValue("actor", actorName)
                .addValue("title", topicTitle)
                .addValue("now", utc(now))
                .addValue(
                        "mailed", mailed.contains(member) ? utc(now) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)));
        batch.batchUpdate("""
                INSERT INTO notification (member_id, kind, topic_id, post_id, actor_id, actor_name, topic_title,
                    created_at, emailed_at)
                VALUES (:member, :kind, :topic, :post, :actorId, :actor, :title, :now, :mailed)
                """, rows.toArray(MapSqlParameterSource[]::new));
    }

    /** Newest first, before the given id (keyset paging). */
    List<Notification> page(long memberId, long beforeId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM notification WHERE member_id = :member AND id < :before ORDER BY id DESC LIMIT :limit
                """)
                .param("member", memberId)
                .param("before", beforeId)
                .param("limit", limit)
                .query(NOTIFICATION)
                .list();
    }

    long unread(long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE member_id = :member AND read_at IS NULL")
                .param("member", memberId)
                .query(Long.class)
                .single();
    }

    void markRead(long memberId, Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE notification SET read_at = :now WHERE member_id = :member AND id IN (:ids) AND read_at IS NULL
                """)
                .param("member", memberId)
                .param("ids", ids)
                .param("now", utc(now))
                .update();
    }

    void markAllRead(long memberId, Instant now) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE member_id = :member AND read_at IS NULL")
                .param("member", memberId)
                .param("now", utc(now))
                .update();
    }

    /**
     * Claims the member's notifications not yet mailed, up to the given id, for one mail. Only the node whose UPDATE
     * changed the rows sends them, so two nodes never mail the same notification twice.
     */
    List<Notification> claimUnmailed(long memberId, Instant now) {
        List<Notification> due = jdbc.sql("SELECT " + COLUMNS + """
                 FROM notification WHERE member_id = :member AND emailed_at IS NULL ORDER BY id
                """)
                .param("member", memberId)
                .query(NOTIFICATION)
                .list();
        if (due.isEmpty()) {
            return due;
        }
        int claimed = jdbc.sql("""
                UPDATE notification SET emailed_at = :now
                WHERE member_id = :member AND emailed_at IS NULL AND id IN (:ids)
                """)
                .param("member", memberId)
                .param("ids", due.stream().map(Notification::id).toList())
                .param("now", utc(now))
                .update();
        return claimed == due.size() ? due : List.of();
    }

    /**
     * Members with something not yet mailed, who want mail: notifications wait unmailed only for the daily mail
     * (everything for DAILY, reactions for STANDARD, the default of those who never chose), so whatever is left goes
     * out in the morning; a member who chose "never" gets nothing.
     */
    List<Long> dueForDigest() {
        return jdbc.sql("""
                SELECT DISTINCT n.member_id FROM notification n
                LEFT JOIN forum_member m ON m.member_id = n.member_id
                WHERE n.emailed_at IS NULL AND (m.email_mode IS NULL OR m.email_mode <> 'NEVER')
                """).query(Long.class).list();
    }

    /** Each member's mode; members who never chose (no row, or no mode stored) have the default. */
    public Map<Long, EmailMode> emailModes(Collection<Long> memberIds) {
        Map<Long, EmailMode> modes = new HashMap<>();
        if (memberIds.isEmpty()) {
            return modes;
        }
        jdbc.sql("SELECT member_id, email_mode FROM forum_member WHERE member_id IN (:ids)")
                .param("ids", memberIds)
                .query((rs, n) -> {
                    String mode = rs.getString("email_mode");
                    return Map.entry(
                            rs.getLong("member_id"), mode == null ? EmailMode.DEFAULT : EmailMode.valueOf(mode));
                })
                .list()
                .forEach(entry -> modes.put(entry.getKey(), entry.getValue()));
        memberIds.forEach(member -> modes.putIfAbsent(member, EmailMode.DEFAULT));
        return modes;
    }

    void setEmailMode(long memberId, EmailMode mode) {
        jdbc.sql("""
                MERGE INTO forum_member m USING (VALUES (CAST(:id AS BIGINT))) AS v (member_id)
                ON m.member_id = v.member_id
                WHEN MATCHED THEN UPDATE SET email_mode = :mode
                WHEN NOT MATCHED THEN INSERT (member_id, approved_posts, email_mode) VALUES (v.member_id, 0, :mode)
                """).param("id", memberId).param("mode", mode.name()).update();
    }

    /** The member's own notifications, and every notification that names them as the one who acted. */
    public void forget(long memberId) {
        jdbc.sql("DELETE FROM notification WHERE member_id = :member OR actor_id = :member")
                .param("member", memberId)
                .update();
    }
}
