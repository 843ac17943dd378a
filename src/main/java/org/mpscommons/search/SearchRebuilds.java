package org.mpscommons.search;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** Runs one full rebuild at a time on a thread of its own, so the admin's request returns at once. */
@Component
class SearchRebuilds {

    private final SearchIndexer indexer;
    private final AtomicBoolean running = new AtomicBoolean();

    SearchRebuilds(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    /** Returns false when a rebuild is already running. */
    boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofPlatform().name("search-rebuild").daemon().start(() -> {
            try {
                indexer.rebuild();
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    boolean running() {
        return running.get();
    }
}
