package org.mpscommons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replacing a group writes only what changed: a reply to a long topic adds one document instead of analyzing every
 * post again, an edited post replaces that post, a removed one goes; after a clear everything is written afresh.
 */
class SearchIndexReplaceTest {

    private static SearchDocument post(int id, String text) {
        return new SearchDocument(
                "post:" + id,
                "post",
                "en",
                "A topic",
                text,
                "/en/forum/p/" + id,
                "treatments",
                Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void onlyChangedDocumentsAreWrittenAgain() throws Exception {
        Path dir = Files.createTempDirectory("search-replace-");
        SearchIndex index = new SearchIndex(dir.toString());
        try {
            index.replace("TOPIC:1", List.of(post(1, "first post"), post(2, "second post")));
            index.commit(1);
            assertThat(index.written()).isEqualTo(2);

            // A reply: one document more, the two others untouched.
            index.replace(
                    "TOPIC:1", List.of(post(1, "first post"), post(2, "second post"), post(3, "a reply from a yak")));
            index.commit(2);
            assertThat(index.written()).isEqualTo(3);
            assertThat(index.documents()).isEqualTo(3);

            // An edit replaces that post; a hidden post goes.
            index.replace("TOPIC:1", List.of(post(1, "first post, zebra"), post(3, "a reply from a yak")));
            index.commit(3);
            assertThat(index.documents()).isEqualTo(2);
            assertThat(hits(index, "zebra")).isEqualTo(1);
            assertThat(hits(index, "second")).isZero();

            // After a clear nothing is kept, whatever the last commit held.
            index.clear();
            index.replace("TOPIC:1", List.of(post(1, "first post, zebra"), post(3, "a reply from a yak")));
            index.commit(4);
            assertThat(index.documents()).isEqualTo(2);
            assertThat(hits(index, "yak")).isEqualTo(1);
        } finally {
            index.destroy();
        }
    }

    private static long hits(SearchIndex index, String word) throws Exception {
        var searcher = index.acquire();
        try {
            return searcher.count(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(SearchAnalyzers.TEXT_EN, word)));
        } finally {
            index.release(searcher);
        }
    }
}
