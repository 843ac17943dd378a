package org.mpscommons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpscommons.MovingClock;
import org.mpscommons.web.Language;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The indexer against a real change log (the site's table in an in-memory H2) and a real index: a change is found at
 * once but made durable only every {@link SearchIndexer#COMMIT_EVERY} or at shutdown; an entry is applied once while
 * it settles, and one that appears below entries already applied (its transaction committed late) is still applied;
 * after a restart the node continues from what it committed.
 */
class SearchIndexerTest {

    private SingleConnectionDataSource database;
    private JdbcClient jdbc;
    private Path dir;
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final Articles source = new Articles();

    @BeforeEach
    void start() throws Exception {
        database = new SingleConnectionDataSource("jdbc:h2:mem:indexer-" + System.nanoTime(), "sa", "", true);
        jdbc = JdbcClient.create(database);
        jdbc.sql(new String(
                        getClass()
                                .getResourceAsStream("/db/migration/V19__search_changes.sql")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .update();
        dir = Files.createTempDirectory("search-indexer-");
    }

    @AfterEach
    void stop() {
        database.destroy();
    }

    @Test
    void changesAreSearchableAtOnceAndDurableOnCommitOrShutdown() throws Exception {
        SearchIndex index = new SearchIndex(dir.toString());
        SearchIndexer indexer = indexer(index);
        indexer.applyChanges(); // an empty index: built from the sources, committed
        assertThat(committed(dir)).isZero();

        source.put(1, "a quokka in the first article");
        long first = log(1);
        indexer.applyChanges();
        assertThat(hits(index, "quokka")).isEqualTo(1);
        assertThat(source.reads).isEqualTo(1);
        assertThat(committed(dir)).as("not yet committed").isZero();

        // Rounds while the entry settles read it again but do not apply it again.
        clock.advance(Duration.ofSeconds(1));
        indexer.applyChanges();
        clock.advance(SearchIndexer.SETTLE);
        indexer.applyChanges();
        assertThat(source.reads).isEqualTo(1);

        clock.advance(SearchIndexer.COMMIT_EVERY);
        indexer.applyChanges();
        assertThat(committed(dir)).isEqualTo(first);

        source.put(2, "a numbat in the second article");
        long second = log(2);
        indexer.applyChanges();
        assertThat(hits(index, "numbat")).isEqualTo(1);
        clock.advance(SearchIndexer.SETTLE.plusSeconds(1));
        indexer.applyChanges();
        assertThat(committed(dir))
                .as("the last commit was under %s ago", SearchIndexer.COMMIT_EVERY)
                .isEqualTo(first);
        indexer.close();
        index.destroy();
        assertThat(committed(dir)).as("committed at shutdown").isEqualTo(second);

        // A restart continues from there: nothing is applied again.
        SearchIndex again = new SearchIndex(dir.toString());
        SearchIndexer next = indexer(again);
        int reads = source.reads;
        next.applyChanges();
        assertThat(source.reads).isEqualTo(reads);
        assertThat(hits(again, "numbat")).isEqualTo(1);
        next.close();
        again.destroy();
    }

    @Test
    void anEntryThatAppearsBelowAppliedOnesIsApplied() throws Exception {
        SearchIndex index = new SearchIndex(dir.toString());
        SearchIndexer indexer = indexer(index);
        indexer.applyChanges();
        source.put(1, "the first article on wombat");
        source.put(2, "the second article on dingo");
        // Entry 2 becomes visible first; entry 1's transaction commits later.
        logWithId(2, 2);
        indexer.applyChanges();
        assertThat(hits(index, "dingo")).isEqualTo(1);
        assertThat(hits(index, "wombat")).isZero();
        clock.advance(Duration.ofSeconds(1));
        logWithId(1, 1);
        indexer.applyChanges();
        assertThat(hits(index, "wombat")).isEqualTo(1);
        assertThat(source.reads).isEqualTo(2);
        clock.advance(SearchIndexer.SETTLE.plus(SearchIndexer.COMMIT_EVERY));
        indexer.applyChanges();
        assertThat(committed(dir)).isEqualTo(2);
        indexer.close();
        index.destroy();
    }

    @Test
    void anEntryWhoseSourceFailedIsTriedAgain() throws Exception {
        SearchIndex index = new SearchIndex(dir.toString());
        SearchIndexer indexer = indexer(index);
        indexer.applyChanges();
        source.put(1, "an article about a quokka");
        source.put(2, "an article about a numbat");
        log(1);
        log(2);
        source.failNextRead = true;
        org.assertj.core.api.Assertions.assertThatThrownBy(indexer::applyChanges)
                .isInstanceOf(IllegalStateException.class);
        indexer.applyChanges();
        assertThat(hits(index, "quokka")).isEqualTo(1);
        assertThat(hits(index, "numbat")).isEqualTo(1);
        indexer.close();
        index.destroy();
    }

    private SearchIndexer indexer(SearchIndex index) {
        return new SearchIndexer(index, new SearchChanges(jdbc, clock), List.of(source), clock, true);
    }

    private long log(long articleId) {
        new SearchChanges(jdbc, clock).changed(Articles.TYPE, articleId);
        return jdbc.sql("SELECT MAX(id) FROM search_change").query(Long.class).single();
    }

    private void logWithId(long id, long articleId) {
        jdbc.sql("INSERT INTO search_change (id, doc_type, doc_id, created_at) VALUES (:id, :type, :doc, :now)")
                .param("id", id)
                .param("type", Articles.TYPE)
                .param("doc", articleId)
                .param("now", SqlTime.utc(clock.instant()))
                .update();
    }

    /** The change the index's last commit on disk holds. */
    private static long committed(Path dir) throws Exception {
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir)) {
            return Long.parseLong(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory)
                    .getUserData()
                    .get("lastChange"));
        }
    }

    private static long hits(SearchIndex index, String word) throws Exception {
        var searcher = index.acquire();
        try {
            return searcher.count(new TermQuery(new Term(SearchAnalyzers.TEXT_EN, word)));
        } finally {
            index.release(searcher);
        }
    }

    /** Articles held in memory, counting how often the indexer reads one. */
    private static final class Articles implements SearchSource {
        static final String TYPE = "ARTICLE";
        private final Map<Long, String> texts = new HashMap<>();
        int reads;
        /** The next read fails, as a database that went away would. */
        boolean failNextRead;

        void put(long id, String text) {
            texts.put(id, text);
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public List<SearchDocument> current(long id) {
            if (failNextRead) {
                failNextRead = false;
                throw new IllegalStateException("the database went away");
            }
            reads++;
            List<SearchDocument> documents = new ArrayList<>();
            if (texts.containsKey(id)) {
                documents.add(new SearchDocument(
                        "article:" + id,
                        "article",
                        "en",
                        "Article " + id,
                        texts.get(id),
                        "/en/articles/" + id,
                        "basics",
                        Instant.parse("2026-11-01T00:00:00Z")));
            }
            return documents;
        }

        @Override
        public void allIds(LongConsumer ids) {
            texts.keySet().forEach(ids::accept);
        }

        @Override
        public Map<String, String> categoryNames(Language language) {
            return Map.of();
        }
    }
}
