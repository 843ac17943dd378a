package org.mpscommons.accounts;

import org.mpscommons.web.SqlTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts events per bucket in a sliding window, in the database so that every node sees the same counts.
 * The limits themselves live with the code that applies them (SignInThrottle, Registration, PasswordReset, and the
 * forum's posting limits, for which this is public API).
 */
@Component
public class Throttle {

    /** Longer than the longest window any limit uses. */
    private static final Duration KEEP = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    Throttle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean reached(String bucket, int limit, Duration window) {
        return count(bucket, window) >= limit;
    }

    public long count(String bucket, Duration window) {
        return jdbc.sql("SELECT COUNT(*) FROM throttle_event WHERE bucket = :bucket AND occurred_at > :since")
                .param("bucket", bucket)
                .param("since", SqlTime.utc(clock.instant().minus(window)))
                .query(Long.class)
                .single();
    }

    public void record(String bucket) {
        jdbc.sql("INSERT INTO throttle_event (bucket, occurred_at) VALUES (:bucket, :now)")
                .param("bucket", bucket)
                .param("now", SqlTime.utc(clock.instant()))
                .update();
    }

    void clear(String bucket) {
        jdbc.sql("DELETE FROM throttle_event WHERE bucket = :bucket").param("bucket", bucket).update();
    }

    /** Removes every bucket that names this email address (its hash), when the account is deleted. */
    void forgetAccount(String email) {
        jdbc.sql("DELETE FROM throttle_event WHERE bucket LIKE :bucket")
                .param("bucket", "%:" + emailHash(email) + "%")
                .update();
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldEvents() {
        Instant before = clock.instant().minus(KEEP);
        jdbc.sql("DELETE FROM throttle_event WHERE occurred_at < :before")
                .param("before", SqlTime.utc(before))
                .update();
    }

    /** A bucket name for an email address that does not store the address: the first 128 bits of its SHA-256. */
    static String emailBucket(String prefix, String email) {
        return prefix + ":" + emailHash(email);
    }

    /** The first 128 bits of the SHA-256 of the normalized address: names an account without storing it. */
    static String emailHash(String email) {
        String key = email == null ? "" : MemberRepository.emailKey(email);
        return AccountTokens.hash(key).substring(0, 32);
    }
}
