package org.mpscommons.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use tokens mailed to a member: 256 random bits, of which only a SHA-256 hash is stored. A token is valid
 * once, until it expires, and only while the member's address is still the one it was sent to.
 */
@Component
class AccountTokens {

    enum Purpose {
        /** A day: people in pain do not always read their mail at once. */
        VERIFY_EMAIL(Duration.ofHours(24)),
        /** Short: whoever holds it can take over the account. */
        RESET_PASSWORD(Duration.ofMinutes(30)),
        /** Sent to the new address; a day, like the first verification. */
        CHANGE_EMAIL(Duration.ofHours(24));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a token for moving the member to {@code newEmail}; bound to their current address like any token. */
    String issueEmailChange(long memberId, String currentEmail, String newEmail) {
        String token = issue(memberId, currentEmail, Purpose.CHANGE_EMAIL);
        jdbc.sql("UPDATE account_token SET new_email = :newEmail WHERE token_hash = :hash")
                .param("newEmail", MemberRepository.emailKey(newEmail))
                .param("hash", hash(token))
                .update();
        return token;
    }

    /** The address a still-usable email-change token moves to. */
    Optional<String> newEmail(String token) {
        return usable(token, Purpose.CHANGE_EMAIL).map(Usable::newEmail);
    }

    /**
     * Issues the token that confirms a new member's address, bound to the browser that registered (the hash of its
     * {@link RegisteringBrowser} cookie), which it will sign in.
     */
    String issueVerification(long memberId, String email, String browserHash) {
        String token = issue(memberId, email, Purpose.VERIFY_EMAIL);
        jdbc.sql("UPDATE account_token SET browser_hash = :browser WHERE token_hash = :hash")
                .param("browser", browserHash)
                .param("hash", hash(token))
                .update();
        return token;
    }

    /** The registering browser's hash that a token was bound to, if any (read before the token is used up). */
    Optional<String> browserHash(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT browser_hash FROM account_token WHERE token_hash = :hash AND browser_hash IS NOT NULL")
                .param("hash", hash(token))
                .query(String.class)
                .optional();
    }

    /** Issues a token and returns it; it is shown nowhere but in the mail. */
    String issue(long memberId, String email, Purpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO account_token (token_hash, member_id, purpose, email, created_at, expires_at)
                VALUES (:hash, :memberId, :purpose, :email, :now, :expires)
                """)
                .param("hash", hash(token))
                .param("memberId", memberId)
                .param("purpose", purpose.name())
                .param("email", MemberRepository.emailKey(email))
                .param("now", SqlTime.utc(now))
                .param("expires", SqlTime.utc(now.plus(purpose.lifetime)))
                .update();
        return token;
    }

    /**
     * Uses up a token and returns its member, if the token is known, unused, unexpired, for this purpose, and
     * addressed to the member's current email. The conditional UPDATE makes it single-use even under races.
     */
    Optional<Long> consume(String token, Purpose purpose) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        int used = jdbc.sql("""
                UPDATE account_token SET used_at = :now
                WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                  AND email = (SELECT m.email FROM member m WHERE m.id = account_token.member_id)
                """)
                .param("now", SqlTime.utc(now))
                .param("hash", hash)
                .param("purpose", purpose.name())
                .update();
        if (used == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT member_id FROM account_token WHERE token_hash = :hash")
                .param("hash", hash)
                .query(Long.class)
                .optional();
    }

    /** Whether a token would be accepted now, without using it up (to show the confirmation page). */
    boolean isUsable(String token, Purpose purpose) {
        return usable(token, purpose).isPresent();
    }

    /** The member a still-usable token belongs to, without using it up. */
    Optional<Long> peek(String token, Purpose purpose) {
        return usable(token, purpose).map(Usable::memberId);
    }

    private record Usable(long memberId, String newEmail) {}

    /** The one query behind every "would this token be accepted now?" question. */
    private Optional<Usable> usable(String token, Purpose purpose) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT t.member_id, t.new_email FROM account_token t JOIN member m ON m.id = t.member_id
                WHERE t.token_hash = :hash AND t.purpose = :purpose AND t.used_at IS NULL AND t.expires_at > :now
                  AND t.email = m.email
                """)
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .param("now", SqlTime.utc(clock.instant()))
                .query((rs, n) -> new Usable(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** Makes every unused token of this kind useless, e.g. the other reset links once one has been used. */
    void voidAll(long memberId, Purpose purpose) {
        jdbc.sql(
                        "UPDATE account_token SET used_at = :now WHERE member_id = :id AND purpose = :purpose AND used_at IS NULL")
                .param("now", SqlTime.utc(clock.instant()))
                .param("id", memberId)
                .param("purpose", purpose.name())
                .update();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
