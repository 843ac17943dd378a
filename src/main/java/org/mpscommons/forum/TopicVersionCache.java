package org.mpscommons.forum;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongUnaryOperator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Topics' versions as last read from the database, for at most {@link #RECHECK} each: asking the database on every
 * visitor's request would cost more than the rest of serving a cached page. A change made on this node is seen at
 * once (every write that raises a version forgets them all, after its commit); one made on another node within
 * {@link #RECHECK}.
 */
@Component
class TopicVersionCache {

    static final Duration RECHECK = Duration.ofSeconds(1);
    /** Stored for a topic that does not exist. */
    static final long NONE = -1;

    private final Cache<Long, Long> versions =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(RECHECK).build();

    /** The newest version in a category's lists, or in the whole forum's for {@link #WHOLE_FORUM}. */
    private final Cache<Long, Long> listVersions =
            Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(RECHECK).build();

    /** The key of the whole forum's lists (the forum's front page, the feed) among the lists' versions. */
    static final long WHOLE_FORUM = -1;

    long version(long topicId, LongUnaryOperator read) {
        return versions.get(topicId, id -> read.applyAsLong(id));
    }

    long listVersion(long categoryId, LongUnaryOperator read) {
        return listVersions.get(categoryId, id -> read.applyAsLong(id));
    }

    /** Something raised a version: forget them all once the change is committed (or now, outside a transaction). */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    private void forget() {
        versions.invalidateAll();
        listVersions.invalidateAll();
    }
}
