package org.mpscommons.forum;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts topic views in memory and adds them to the database every few seconds, in one statement per topic viewed: a
 * write for every read would make reading as costly as writing. Counts of the last seconds before a crash are lost,
 * which is acceptable for a view counter.
 */
@Component
class TopicViews {

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final TopicRepository topics;

    TopicViews(TopicRepository topics) {
        this.topics = topics;
    }

    void viewed(long topicId) {
        pending.computeIfAbsent(topicId, id -> new LongAdder()).increment();
    }

    /** Keeps the last seconds' counts on a normal shutdown. */
    @jakarta.annotation.PreDestroy
    void shutdown() {
        flush();
    }

    @Scheduled(fixedDelayString = "PT10S")
    void flush() {
        for (Long topicId : pending.keySet()) {
            LongAdder adder = pending.remove(topicId);
            long views = adder == null ? 0 : adder.sum();
            if (views > 0) {
                topics.addViews(topicId, views);
            }
        }
    }
}
