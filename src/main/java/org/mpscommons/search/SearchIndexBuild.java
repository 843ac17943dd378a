package org.mpscommons.search;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Builds this node's index from nothing, printing progress every ten seconds: for the command-line tools (reindex,
 * generate-data), which run while the node is stopped.
 */
@Component
@NamedInterface("tools")
public class SearchIndexBuild {

    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final Environment environment;

    SearchIndexBuild(SearchIndex index, SearchIndexer indexer, Environment environment) {
        this.index = index;
        this.indexer = indexer;
        this.environment = environment;
    }

    public void build(PrintStream out) throws IOException {
        Thread progress = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (true) {
                    Thread.sleep(10_000);
                    SearchIndexer.Reindex now = indexer.lastReindex();
                    if (now != null && now.finishedAt() == null) {
                        out.printf(
                                Locale.ROOT,
                                "reindex: %,d of %,d articles, topics and links%n",
                                now.done(),
                                now.total());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            index.clear();
            indexer.rebuild();
        } finally {
            progress.interrupt();
        }
        SearchIndexer.Reindex done = indexer.lastReindex();
        long seconds = Math.max(
                1, Duration.between(done.startedAt(), done.finishedAt()).toSeconds());
        out.printf(
                Locale.ROOT,
                "reindex: done, %,d articles, topics and links, %,d documents, %.1f MB in %s, in %d s "
                        + "(%,d documents/s)%n",
                done.done(),
                index.documents(),
                index.sizeOnDisk() / 1_048_576.0,
                environment.getProperty("mps.search.index-dir"),
                seconds,
                index.documents() / seconds);
    }
}
