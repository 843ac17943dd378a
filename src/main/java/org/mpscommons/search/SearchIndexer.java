package org.mpscommons.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index current from the change log: every half second it applies the entries after the last one
 * its index holds (each changed document is read again from the database: the log says what changed, the database
 * what it is now) and shows them to searches at once from the writer's memory; it makes them durable with a commit
 * at most every {@link #COMMIT_EVERY} (a commit fsyncs a new segment, and many small ones keep the merger busy), and
 * on shutdown. After a crash it applies the log again from the last commit. An empty index is filled from every
 * source first. Each node does this for itself, so on several nodes each keeps its own index from the one log.
 *
 * <p>Ids are handed out when a row is inserted, but rows become visible when their transaction commits, so a row
 * with a lower id can appear after a higher one. Entries younger than {@link #SETTLE} are therefore applied but not
 * yet counted as done: the next rounds read them again and skip those already applied, until they are old enough
 * that no earlier transaction can still be open; an entry that appears below one already applied is applied when it
 * does. A transaction open longer than that could be missed; writes here take milliseconds.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    static final Duration SETTLE = Duration.ofSeconds(5);
    private static final int BATCH = 1000;
    /** Every node has applied a day-old entry many times over; the log keeps a week. */
    private static final Duration KEEP = Duration.ofDays(7);

    static final Duration COMMIT_EVERY = Duration.ofSeconds(30);

    private final SearchIndex index;
    private final SearchChanges changes;
    private final Map<String, SearchSource> sources;
    private final Clock clock;
    private final boolean follow;
    private volatile Reindex reindex;
    /** The last entry counted done (all entries up to it applied); -1 until read from the index. */
    private long done = -1;
    /** Entries after {@link #done} applied already, while they settle. */
    private final Set<Long> appliedUnsettled = new HashSet<>();
    /** When the index was last committed (the entry it holds is the index's {@link SearchIndex#lastChange()}). */
    private Instant committedAt = Instant.EPOCH;

    private boolean closed;

    /** @param follow false for the reindex command, which builds the index itself and exits */
    SearchIndexer(
            SearchIndex index,
            SearchChanges changes,
            List<SearchSource> sources,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${mps.search.follow:true}") boolean follow) {
        this.follow = follow;
        this.index = index;
        this.changes = changes;
        this.sources = sources.stream().collect(Collectors.toMap(SearchSource::type, Function.identity()));
        this.clock = clock;
    }

    /** Progress of a full rebuild: groups (articles, topics) done of the total. */
    public record Reindex(long done, long total, Instant startedAt, Instant finishedAt) {}

    Reindex lastReindex() {
        return reindex;
    }

    @Scheduled(fixedDelayString = "${mps.search.poll-interval:PT0.5S}")
    synchronized void applyChanges() {
        if (!follow || closed) {
            return;
        }
        try {
            if (done < 0) {
                done = index.lastChange();
                if (done < 0) {
                    rebuild();
                    return;
                }
            }
            // The entries applied while settling come again, with up to a batch of new ones after them.
            List<SearchChanges.Change> batch = changes.after(done, BATCH + appliedUnsettled.size());
            Instant settled = clock.instant().minus(SETTLE);
            Set<String> groups = new HashSet<>();
            boolean unsettled = false;
            long upTo = done;
            try {
                for (SearchChanges.Change change : batch) {
                    // Counted as applied only once it was: after a failure the next round tries it again.
                    if (!appliedUnsettled.contains(change.id())) {
                        String group = change.type() + ":" + change.docId();
                        if (!groups.contains(group)) {
                            apply(change.type(), change.docId());
                            groups.add(group);
                        }
                        appliedUnsettled.add(change.id());
                    }
                    if (!unsettled && change.createdAt().isBefore(settled)) {
                        upTo = change.id();
                    } else {
                        unsettled = true;
                    }
                }
            } finally {
                if (!groups.isEmpty()) {
                    index.refresh();
                }
            }
            long settledUpTo = upTo;
            appliedUnsettled.removeIf(id -> id <= settledUpTo);
            done = upTo;
            if (done > index.lastChange() && !clock.instant().isBefore(committedAt.plus(COMMIT_EVERY))) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last change-log entry this node's index holds (searches see it; a commit may not hold it yet). */
    synchronized long lastChange() {
        return done >= 0 ? done : index.lastChange();
    }

    private void commit() throws IOException {
        index.commit(done);
        committedAt = clock.instant();
    }

    /** What was applied since the last commit is made durable before the index closes. */
    @PreDestroy
    synchronized void close() throws IOException {
        if (done > index.lastChange()) {
            commit();
        }
        closed = true;
    }

    /**
     * Builds the index again from every source while searches go on against the old contents (the index is
     * replaced group by group, groups no source has any more are removed, then it is committed once). Returns when
     * done.
     */
    synchronized void rebuild() {
        try {
            long upTo = changes.last();
            long[] total = {0};
            for (SearchSource source : sources.values()) {
                source.allIds(id -> total[0]++);
            }
            Instant started = clock.instant();
            reindex = new Reindex(0, total[0], started, null);
            long[] done = {0};
            Set<String> groups = new HashSet<>();
            for (SearchSource source : sources.values()) {
                source.allIds(id -> {
                    apply(source.type(), id);
                    groups.add(source.type() + ":" + id);
                    done[0]++;
                    if (done[0] % 500 == 0) {
                        reindex = new Reindex(done[0], total[0], started, null);
                    }
                });
            }
            // What the sources no longer have (deleted while the log that said so was lost, or a type that is gone).
            index.removeAllBut(groups);
            index.commit(upTo);
            this.done = upTo;
            committedAt = clock.instant();
            appliedUnsettled.clear();
            reindex = new Reindex(done[0], total[0], started, clock.instant());
            log.info("Search index rebuilt: {} groups, {} documents", done[0], index.documents());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Scheduled(cron = "0 17 4 * * *")
    void forgetOldChanges() {
        changes.forgetBefore(clock.instant().minus(KEEP));
    }

    private void apply(String type, long id) {
        SearchSource source = sources.get(type);
        if (source == null) {
            return;
        }
        try {
            index.replace(type + ":" + id, source.current(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
