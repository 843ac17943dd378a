package org.mpscommons.ops;

import java.time.Clock;
import org.mpscommons.web.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Content the application ships with (the link list; later the first articles), loaded into the database once per
 * key and never again: after that, editors own it, and a change or deletion of theirs must survive every later
 * start and upgrade. The key is recorded in the same transaction that loads the content, so a failed load leaves
 * no record and is tried again at the next start.
 */
@Component
@NamedInterface("api")
public class ContentSeeds {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ContentSeeds(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Runs {@code load} in one transaction with recording {@code key}, unless the key was recorded before.
     *
     * @return whether {@code load} ran and its work was committed
     */
    public boolean once(String key, Runnable load) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (seeded(key)) {
                    return false;
                }
                // A second node starting at the same moment waits here for this one's commit, then fails on the key.
                jdbc.sql("INSERT INTO content_seed (seed_key, seeded_at) VALUES (:key, :now)")
                        .param("key", key)
                        .param("now", SqlTime.utc(clock.instant()))
                        .update();
                load.run();
                return true;
            }));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return false;
        }
    }

    public boolean seeded(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM content_seed WHERE seed_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
