package org.mpscommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's Lucene index, in its own directory ({@code mps.search.index-dir}, by default {@code search} in the data
 * directory). Only {@link SearchIndexer} writes to it; readers get a searcher refreshed after each applied batch.
 * A commit records the last change-log id it holds, so a restart continues from there.
 */
@Component
class SearchIndex implements DisposableBean {

    static final String KEY = "key";
    static final String GROUP = "group";
    static final String TYPE = "type";
    static final String LANGUAGE = "language";
    static final String CATEGORY = "category";
    static final String DATE = "date";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PATH = "path";
    /** A hash of what a document was made from (see {@link #digest}). */
    static final String DIGEST = "digest";

    private static final String LAST_CHANGE = "lastChange";
    /**
     * What the documents look like; an index written another way is built again from the database (Lucene refuses
     * to mix, e.g., a field with offsets and the same field without). 2: text indexed with offsets. 3: the group as
     * doc values, by which a topic's posts collapse into one result ({@link BestOfEachGroup}).
     */
    private static final String SCHEMA = "schema";

    private static final String SCHEMA_VERSION = "3";
    /** Text with the offsets of its words: the highlighter reads them instead of analyzing each hit again. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Everything was deleted since the last commit: the committed digests no longer describe the index. */
    private volatile boolean cleared;

    private final Analyzer japanese = SearchAnalyzers.japanese();
    private final Analyzer english = SearchAnalyzers.english();

    SearchIndex(@Value("${mps.search.index-dir}") String indexDir) {
        try {
            this.directory = FSDirectory.open(Path.of(indexDir));
            IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField(japanese, english));
            config.setOpenMode(
                    sameSchema(directory)
                            ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                            : IndexWriterConfig.OpenMode.CREATE);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot open the search index in " + indexDir
                            + " (each node needs its own directory: MPS_SEARCH_INDEX_DIR)",
                    e);
        }
    }

    Analyzer japanese() {
        return japanese;
    }

    Analyzer english() {
        return english;
    }

    /** The change-log id the last commit holds; -1 when the index was never filled. */
    long lastChange() {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            if (entry.getKey().equals(LAST_CHANGE)) {
                return Long.parseLong(entry.getValue());
            }
        }
        return -1;
    }

    /**
     * Replaces everything the index holds for a group (one article, one topic with its posts). Documents the index
     * already holds exactly as they are now (same digest) are left alone: a reply to a topic of a thousand posts
     * analyzes one post, not a thousand. Comparing needs the index as last refreshed, which the indexer's searcher
     * shows (each group is replaced at most once between refreshes); after {@link #clear()} there is nothing to keep.
     */
    void replace(String group, List<SearchDocument> documents) throws IOException {
        Map<String, String> indexed = cleared ? new HashMap<>() : digests(group);
        for (SearchDocument document : documents) {
            String digest = digest(document);
            if (digest.equals(indexed.remove(document.key()))) {
                continue;
            }
            writer.updateDocument(new Term(KEY, document.key()), lucene(group, document, digest));
        }
        for (String gone : indexed.keySet()) {
            writer.deleteDocuments(new Term(KEY, gone));
        }
    }

    /** The digest of each document of the group, by key, as last refreshed. */
    private Map<String, String> digests(String group) throws IOException {
        Map<String, String> digests = new HashMap<>();
        IndexSearcher searcher = acquire();
        try {
            Query query = new TermQuery(new Term(GROUP, group));
            int count = searcher.count(query);
            if (count == 0) {
                return digests;
            }
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(KEY, DIGEST));
                digests.put(doc.get(KEY), doc.get(DIGEST) == null ? "" : doc.get(DIGEST));
            }
            return digests;
        } finally {
            release(searcher);
        }
    }

    /** What a document is made of, with the schema's version: equal digests, equal index entries. */
    private static String digest(SearchDocument document) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(
                    SCHEMA_VERSION,
                    document.key(),
                    document.type(),
                    document.language(),
                    document.title(),
                    document.text(),
                    document.path(),
                    document.category() == null ? "" : document.category(),
                    document.date() == null ? "" : document.date().toString())) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes every group but these (what a rebuild found in the sources). */
    void removeAllBut(Set<String> groups) throws IOException {
        List<Term> gone = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(GROUP);
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    if (!groups.contains(term.utf8ToString())) {
                        gone.add(new Term(GROUP, BytesRef.deepCopyOf(term)));
                    }
                }
            }
        }
        if (!gone.isEmpty()) {
            writer.deleteDocuments(gone.toArray(Term[]::new));
        }
    }

    void clear() throws IOException {
        writer.deleteAll();
        cleared = true;
    }

    /**
     * Makes the applied changes visible to searches, from the writer's memory (near-real-time): cheap, but not yet
     * durable. The next {@link #commit} makes them so; after a crash the indexer applies the log again from the last
     * commit's change.
     */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
        cleared = false;
    }

    /** Makes the applied changes durable (an fsync of the new segments) and visible to searches. */
    void commit(long lastChange) throws IOException {
        writer.setLiveCommitData(Map.of(LAST_CHANGE, Long.toString(lastChange), SCHEMA, SCHEMA_VERSION)
                .entrySet());
        writer.commit();
        refresh();
    }

    /** Changes whenever what searches find changes: the version of the index the searchers read now. */
    long version() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return ((DirectoryReader) searcher.getIndexReader()).getVersion();
        } finally {
            release(searcher);
        }
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    int documents() {
        return writer.getDocStats().numDocs;
    }

    /** Documents in the index's segments, deleted ones included until merged away: what replacing wrote (tests). */
    int written() {
        return writer.getDocStats().maxDoc;
    }

    long sizeOnDisk() throws IOException {
        long total = 0;
        for (String file : directory.listAll()) {
            total += directory.fileLength(file);
        }
        return total;
    }

    private static Document lucene(String group, SearchDocument document, String digest) {
        Document doc = new Document();
        doc.add(new StringField(KEY, document.key(), Field.Store.YES));
        doc.add(new StoredField(DIGEST, digest));
        doc.add(new StringField(GROUP, group, Field.Store.NO));
        doc.add(new SortedDocValuesField(GROUP, new BytesRef(group)));
        doc.add(new StringField(TYPE, document.type(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, document.language(), Field.Store.YES));
        doc.add(new StringField(CATEGORY, document.category() == null ? "" : document.category(), Field.Store.YES));
        long millis = document.date() == null ? 0 : document.date().toEpochMilli();
        doc.add(new LongPoint(DATE, millis));
        doc.add(new NumericDocValuesField(DATE, millis));
        doc.add(new StoredField(DATE, millis));
        doc.add(new StoredField(PATH, document.path()));
        doc.add(new StoredField(TITLE, document.title()));
        doc.add(new TextField(SearchAnalyzers.titleField(document.language()), document.title(), Field.Store.NO));
        // Stored under its analyzed name: the highlighter re-analyzes it to mark what matched.
        doc.add(new Field(SearchAnalyzers.textField(document.language()), document.text(), TEXT_WITH_OFFSETS));
        return doc;
    }

    /** An empty directory, or an index written as this version writes them. */
    private static boolean sameSchema(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return true;
        }
        String schema = SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA);
        return SCHEMA_VERSION.equals(schema);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
