package org.mpscommons.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mpscommons.web.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts events per bucket in a sliding window, in the database so that every node sees the same counts.
 * The limits themselves live with the code that applies them (SignInLimits, Registration, PasswordReset, and the
 * forum's posting limits, for which this is public API).
 *
 * <p>{@link #attempt} decides and counts in one step; {@link #reached} followed by {@link #record} does not: requests
 * arriving together all pass the check before any of them is recorded. Use it only where that does no harm.
 */
@Component
@NamedInterface("api")
public class Throttle {

    private static final Logger log = LoggerFactory.getLogger(Throttle.class);

    /** Longer than the longest window any limit uses. */
    private static final Duration KEEP = Duration.ofDays(1);
    /** Rows of throttle_lock (V30): buckets share them by hash; a collision only makes two buckets wait in turn. */
    static final int LOCK_SLOTS = 64;
    /** When even the lock cannot be had in time (a flood of attempts), the attempt is refused for this long. */
    private static final Duration BUSY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Throttle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // Its own short transaction, even inside a caller's: the lock is held for a few statements only, and a
        // counted attempt stays counted whatever the caller's transaction does.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** At most {@code max} events in {@code bucket} within {@code window}. */
    public record Limit(String bucket, int max, Duration window) {

        /** Counted in the bucket but never refused by it (the limit does not apply to this caller). */
        public static Limit countOnly(String bucket) {
            return new Limit(bucket, Integer.MAX_VALUE, Duration.ZERO);
        }
    }

    /** A counted attempt (its events carry {@code id}), or one refused until {@code refusedUntil}. */
    public record Attempt(String id, List<String> buckets, Instant refusedUntil) {

        public boolean refused() {
            return refusedUntil != null;
        }

        static Attempt refusedUntil(Instant until) {
            return new Attempt(null, List.of(), until);
        }
    }

    /**
     * Counts one attempt in every limit's bucket, unless one of the limits is reached: then nothing is counted and
     * the answer says when the attempt would next be allowed. Deciding and counting happen in one transaction that
     * first locks the buckets' rows of throttle_lock, so attempts arriving together (on any node) are decided one
     * after another, each seeing the ones before it.
     */
    public Attempt attempt(List<Limit> limits) {
        try {
            return ownTransaction.execute(status -> decideAndCount(limits));
        } catch (PessimisticLockingFailureException busy) {
            log.warn("Throttle busy; attempt refused");
            return Attempt.refusedUntil(clock.instant().plus(BUSY));
        }
    }

    /** The one-bucket form of {@link #attempt}: true if the event was counted, false if the limit was reached. */
    public boolean tryRecord(String bucket, int max, Duration window) {
        return !attempt(List.of(new Limit(bucket, max, window))).refused();
    }

    /** Takes a counted attempt back out of its buckets, when it turned out to be the owner's (the right password). */
    public void takeBack(Attempt attempt) {
        if (attempt == null || attempt.refused()) {
            return;
        }
        jdbc.sql("DELETE FROM throttle_event WHERE bucket IN (:buckets) AND attempt = :attempt")
                .param("buckets", attempt.buckets())
                .param("attempt", attempt.id())
                .update();
    }

    private Attempt decideAndCount(List<Limit> limits) {
        limits.stream()
                .mapToInt(limit -> Math.floorMod(limit.bucket().hashCode(), LOCK_SLOTS))
                // Always in ascending order, so that two attempts locking the same rows cannot wait for each other.
                // A slot two buckets share is locked twice (harmless in one transaction): every attempt with the same
                // limits then does the same work, whatever its address hashes to, so the work says nothing about it.
                .forEach(slot -> jdbc.sql("SELECT slot FROM throttle_lock WHERE slot = :slot FOR UPDATE")
                        .param("slot", slot)
                        .query(Integer.class)
                        .list());
        Instant now = clock.instant();
        Instant refusedUntil = null;
        for (Limit limit : limits) {
            Instant until = refusedUntil(limit, now);
            if (until != null && (refusedUntil == null || until.isAfter(refusedUntil))) {
                refusedUntil = until;
            }
        }
        if (refusedUntil != null) {
            return Attempt.refusedUntil(refusedUntil);
        }
        String id = UUID.randomUUID().toString();
        List<String> buckets = limits.stream().map(Limit::bucket).distinct().toList();
        for (String bucket : buckets) {
            jdbc.sql("INSERT INTO throttle_event (bucket, occurred_at, attempt) VALUES (:bucket, :now, :attempt)")
                    .param("bucket", bucket)
                    .param("now", SqlTime.utc(now))
                    .param("attempt", id)
                    .update();
        }
        return new Attempt(id, buckets, null);
    }

    /**
     * When the bucket falls below its limit again, or null if it is below now: the limit's {@code max}-th newest
     * event leaves the window then.
     */
    private Instant refusedUntil(Limit limit, Instant now) {
        if (limit.max() == Integer.MAX_VALUE) {
            return null;
        }
        List<Instant> newest = jdbc.sql("""
                        SELECT occurred_at FROM throttle_event
                        WHERE bucket = :bucket AND occurred_at > :since
                        ORDER BY occurred_at DESC
                        LIMIT :max""")
                .param("bucket", limit.bucket())
                .param("since", SqlTime.utc(now.minus(limit.window())))
                .param("max", limit.max())
                .query((rs, row) -> SqlTime.instant(rs, "occurred_at"))
                .list();
        return newest.size() < limit.max() ? null : newest.get(limit.max() - 1).plus(limit.window());
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
        jdbc.sql("DELETE FROM throttle_event WHERE bucket = :bucket")
                .param("bucket", bucket)
                .update();
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
