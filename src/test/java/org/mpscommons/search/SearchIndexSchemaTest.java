package org.mpscommons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/** An index an earlier version wrote differently is started afresh (and so rebuilt), not mixed with new documents. */
class SearchIndexSchemaTest {

    @Test
    void anIndexOfAnEarlierSchemaIsStartedAfresh() throws Exception {
        Path dir = Files.createTempDirectory("search-schema-");
        try (var directory = FSDirectory.open(dir);
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField(SearchAnalyzers.TEXT_EN, "written without offsets", Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of("lastChange", "5").entrySet());
            writer.commit();
        }
        SearchIndex index = new SearchIndex(dir.toString());
        try {
            assertThat(index.lastChange()).isEqualTo(-1);
            assertThat(index.documents()).isZero();
            index.replace(
                    "ARTICLE:1",
                    java.util.List.of(new SearchDocument(
                            "article:1", "article", "en", "Title", "now with offsets", "/en/articles/x", "", null)));
            index.commit(7);
        } finally {
            index.destroy();
        }
        // The new schema's index opens as it is.
        SearchIndex again = new SearchIndex(dir.toString());
        try {
            assertThat(again.lastChange()).isEqualTo(7);
            assertThat(again.documents()).isEqualTo(1);
        } finally {
            again.destroy();
        }
    }
}
