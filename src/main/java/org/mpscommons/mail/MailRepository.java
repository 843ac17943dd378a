package org.mpscommons.mail;

import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The mail outbox's SQL. */
@Repository
class MailRepository {

    /** Status of a mail waiting for SMTP delivery; "local" mails are never sent (no SMTP server configured). */
    static final String PENDING = "pending";

    static final String LOCAL = "local";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";

    private final JdbcClient jdbc;

    MailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Mail mail, String status, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mail_outbox (recipient, subject, text_body, html_body, unsubscribe_url, status, created_at)
                VALUES (:recipient, :subject, :text, :html, :unsubscribe, :status, :now)
                """)
                .param("unsubscribe", mail.unsubscribeUrl())
                .param("recipient", mail.to())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("status", status)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Ids of mails due for a delivery attempt, oldest first; the claim below decides who sends each. */
    List<Long> dueIds(Instant staleClaimsBefore, int limit) {
        return jdbc.sql("""
                SELECT id FROM mail_outbox
                WHERE status = 'pending' OR (status = 'sending' AND claimed_at < :stale)
                ORDER BY id
                LIMIT :limit
                """)
                .param("stale", utc(staleClaimsBefore))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Takes one mail for delivery. The conditional UPDATE succeeds on exactly one node even when several sweep at
     * once, so a mail is not sent twice.
     */
    Optional<Mail> claim(long id, Instant now, Instant staleClaimsBefore) {
        int claimed = jdbc.sql("""
                UPDATE mail_outbox SET status = 'sending', claimed_at = :now, attempts = attempts + 1
                WHERE id = :id AND (status = 'pending' OR (status = 'sending' AND claimed_at < :stale))
                """)
                .param("id", id)
                .param("now", utc(now))
                .param("stale", utc(staleClaimsBefore))
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "SELECT recipient, subject, text_body, html_body, unsubscribe_url FROM mail_outbox WHERE id = :id")
                .param("id", id)
                .query((rs, n) ->
                        new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** Newest first, before mail {@code beforeId} (keyset paging). */
    List<OutboxMail> page(long beforeId, int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, text_body, status, attempts, created_at, sent_at, last_error
                FROM mail_outbox WHERE id < :before ORDER BY id DESC LIMIT :limit
                """)
                .param("before", beforeId)
                .param("limit", limit)
                .query((rs, n) -> new OutboxMail(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        instant(rs.getObject(7, OffsetDateTime.class)),
                        instant(rs.getObject(8, OffsetDateTime.class)),
                        rs.getString(9)))
                .list();
    }

    List<OutboxMail> mailsTo(String address) {
        return jdbc.sql("""
                SELECT id, recipient, subject, text_body, status, attempts, created_at, sent_at, last_error
                FROM mail_outbox WHERE LOWER(recipient) = LOWER(:address) ORDER BY id
                """)
                .param("address", address)
                .query((rs, n) -> new OutboxMail(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        instant(rs.getObject(7, OffsetDateTime.class)),
                        instant(rs.getObject(8, OffsetDateTime.class)),
                        rs.getString(9)))
                .list();
    }

    void deleteTo(String address) {
        jdbc.sql("DELETE FROM mail_outbox WHERE LOWER(recipient) = LOWER(:address)")
                .param("address", address)
                .update();
    }

    Optional<OutboxMail> find(long id) {
        return page(id + 1, 1).stream().filter(mail -> mail.id() == id).findFirst();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    void markSent(long id, Instant now) {
        jdbc.sql("UPDATE mail_outbox SET status = 'sent', sent_at = :now, last_error = NULL WHERE id = :id")
                .param("id", id)
                .param("now", utc(now))
                .update();
    }

    /** Back to pending for a later try, or failed for good after too many. */
    void markFailed(long id, String error, int maxAttempts) {
        jdbc.sql("""
                UPDATE mail_outbox
                SET status = CASE WHEN attempts >= :max THEN 'failed' ELSE 'pending' END, last_error = :error
                WHERE id = :id
                """)
                .param("id", id)
                .param("max", maxAttempts)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .update();
    }
}
