package org.mpscommons.doctorkit;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The published statistics, computed from one grouped query over every response and then kept: the page and its
 * downloads are read far more often than a response is written. A change made on this node is seen at once (every
 * write forgets the tables, after its commit); one made on another node within {@link #KEEP}.
 */
@Component
class ResponseStatistics {

    /** Statistics of patients' reports need not be current to the second; a node recounts at most this often. */
    static final Duration KEEP = Duration.ofMinutes(10);

    private final LoadingCache<Boolean, Tallies.Statistics> cache;

    ResponseStatistics(ResponseRepository responses) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(KEEP)
                .build(key -> Tallies.of(responses.counts(), Places.SHIPPED, Vocabulary.SHIPPED));
    }

    Tallies.Statistics current() {
        return cache.get(Boolean.TRUE);
    }

    /** Responses were added or removed: count again next time, once the change is committed. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.invalidateAll();
                }
            });
        } else {
            cache.invalidateAll();
        }
    }
}
