package org.mpscommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.mpscommons.content.ScriptLanguage;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a query in either language against both: the query goes through the Japanese and the English analyzer
 * (each against its own fields), and so do the other terms of every synonym group it names, with less weight. Results
 * in the query's own language come first; highlighted snippets mark what matched.
 */
@Service
public class Search {

    public static final int PAGE_SIZE = 10;
    static final int MAX_QUERY = 200;
    /** No one pages further (100 pages); counting stops about here. */
    static final int MAX_RESULTS = 1000;

    private static final float TITLE = 3f;
    private static final float EXPANSION = 0.5f;

    private final SearchIndex index;
    private final SynonymList synonyms;

    Search(SearchIndex index, SynonymList synonyms) {
        this.index = index;
        this.synonyms = synonyms;
    }

    /** @param type article, topic, post or link, or null for all; @param language ja, en or null for both */
    public record Request(
            String text,
            String type,
            String language,
            int page,
            String pageLanguage,
            String category,
            java.time.Instant since) {

        public Request(String text, String type, String language, int page, String pageLanguage) {
            this(text, type, language, page, pageLanguage, null, null);
        }
    }

    /** @param snippet HTML: the matched words in {@code <mark>}, everything else escaped */
    public record Hit(String type, String language, String title, String path, String snippet, Instant date) {}

    /** @param atLeast the total is a lower bound: counting stops once more were found than anyone pages through */
    public record Results(List<Hit> hits, long total, boolean atLeast, int page, int pages) {

        public boolean empty() {
            return hits.isEmpty();
        }
    }

    public Results search(Request request) {
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty()) {
            return new Results(List.of(), 0, false, 1, 0);
        }
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        String queryLanguage = ScriptLanguage.guess(text);
        if (queryLanguage == null) {
            queryLanguage = request.pageLanguage();
        }
        // Results in the query's language come first, then the other's: one search per language, each against its
        // own language's fields only (a document has the fields of its language alone). Each is then a plain
        // disjunction, which Lucene answers by skipping what cannot reach the top, instead of scoring every match.
        List<String> languages = request.language() != null
                ? List.of(request.language())
                : List.of(queryLanguage, "ja".equals(queryLanguage) ? "en" : "ja");
        int page = Math.max(1, request.page());
        int wanted = page * PAGE_SIZE;
        try {
            IndexSearcher searcher = index.acquire();
            try {
                List<ScoreDoc> ranked = new ArrayList<>();
                long total = 0;
                boolean atLeast = false;
                Map<String, Query> highlighted = new HashMap<>();
                for (String language : languages) {
                    if (total >= MAX_RESULTS) {
                        break;
                    }
                    Query matches = matches(text, language);
                    if (matches == null) {
                        continue;
                    }
                    highlighted.put(language, matches);
                    // At least one, to learn how many there are.
                    TopDocs top = searcher.search(filtered(matches, request), Math.max(1, wanted - ranked.size()));
                    ranked.addAll(Arrays.asList(top.scoreDocs));
                    total += top.totalHits.value();
                    atLeast |= top.totalHits.relation() != TotalHits.Relation.EQUAL_TO;
                }
                if (highlighted.isEmpty()) {
                    return new Results(List.of(), 0, false, 1, 0);
                }
                int from = (page - 1) * PAGE_SIZE;
                List<Hit> hits = new ArrayList<>();
                if (from < ranked.size()) {
                    ScoreDoc[] shown = ranked.subList(from, Math.min(ranked.size(), wanted))
                            .toArray(ScoreDoc[]::new);
                    Document[] docs = new Document[shown.length];
                    for (int i = 0; i < shown.length; i++) {
                        docs[i] = searcher.storedFields().document(shown[i].doc);
                    }
                    String[] snippets = snippets(searcher, highlighted, shown, docs);
                    for (int i = 0; i < shown.length; i++) {
                        Document doc = docs[i];
                        String snippet = snippets[i];
                        if (snippet == null) {
                            String stored = doc.get(SearchAnalyzers.textField(doc.get(SearchIndex.LANGUAGE)));
                            snippet = HtmlUtils.htmlEscape(
                                    stored == null ? "" : stored.substring(0, Math.min(160, stored.length())));
                        }
                        long millis =
                                doc.getField(SearchIndex.DATE).numericValue().longValue();
                        hits.add(new Hit(
                                doc.get(SearchIndex.TYPE),
                                doc.get(SearchIndex.LANGUAGE),
                                doc.get(SearchIndex.TITLE),
                                doc.get(SearchIndex.PATH),
                                snippet,
                                millis == 0 ? null : Instant.ofEpochMilli(millis)));
                    }
                }
                int pages = (int) Math.min(MAX_RESULTS / PAGE_SIZE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
                return new Results(hits, total, atLeast, page, pages);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each hit's text with what matched marked, from the field of its own language and by that language's query only:
     * a document has the fields of one language, and the highlighter looks up every term of the query it is given
     * in every hit.
     */
    private String[] snippets(IndexSearcher searcher, Map<String, Query> queries, ScoreDoc[] shown, Document[] docs)
            throws IOException {
        String[] snippets = new String[shown.length];
        UnifiedHighlighter highlighter = highlighter(searcher);
        for (String language : List.of("ja", "en")) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < shown.length; i++) {
                if (language.equals(docs[i].get(SearchIndex.LANGUAGE))) {
                    positions.add(i);
                }
            }
            Query query = queries.get(language);
            if (positions.isEmpty() || query == null) {
                continue;
            }
            ScoreDoc[] subset = positions.stream().map(i -> shown[i]).toArray(ScoreDoc[]::new);
            String[] marked = highlighter.highlight(
                    SearchAnalyzers.textField(language),
                    query,
                    new TopDocs(new TotalHits(subset.length, TotalHits.Relation.EQUAL_TO), subset),
                    2);
            for (int j = 0; j < subset.length; j++) {
                snippets[positions.get(j)] = marked[j];
            }
        }
        return snippets;
    }

    /** The request's narrowing (type, category, date) around a language's matches. */
    private static Query filtered(Query matches, Request request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(matches, BooleanClause.Occur.MUST);
        if (request.type() != null) {
            query.add(new TermQuery(new Term(SearchIndex.TYPE, request.type())), BooleanClause.Occur.FILTER);
        }
        if (request.category() != null) {
            query.add(new TermQuery(new Term(SearchIndex.CATEGORY, request.category())), BooleanClause.Occur.FILTER);
        }
        if (request.since() != null) {
            query.add(
                    org.apache.lucene.document.LongPoint.newRangeQuery(
                            SearchIndex.DATE, request.since().toEpochMilli(), Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /**
     * The query's words and their synonyms in one language's fields, analyzed as that language; null when nothing
     * searchable is left.
     */
    Query matches(String text, String language) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        // Any of the query's words may match (more matches rank higher); a synonym is a phrase whose words all must.
        int clauses = add(any, text, language, 1f, BooleanClause.Occur.SHOULD);
        for (String expansion : synonyms.synonyms().expansions(text)) {
            clauses += add(any, expansion, language, EXPANSION, BooleanClause.Occur.MUST);
        }
        return clauses == 0 ? null : any.build();
    }

    private int add(BooleanQuery.Builder any, String text, String language, float boost, BooleanClause.Occur words) {
        Analyzer analyzer = "ja".equals(language) ? index.japanese() : index.english();
        return field(any, analyzer, SearchAnalyzers.titleField(language), text, boost * TITLE, words)
                + field(any, analyzer, SearchAnalyzers.textField(language), text, boost, words);
    }

    private static int field(
            BooleanQuery.Builder any,
            Analyzer analyzer,
            String field,
            String text,
            float boost,
            BooleanClause.Occur words) {
        Query query = new QueryBuilder(analyzer).createBooleanQuery(field, text, words);
        if (query == null) {
            return 0;
        }
        any.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        return 1;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, SearchAnalyzers.perField(index.japanese(), index.english()))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .build();
    }

    int synonymGroups() {
        return synonyms.synonyms().size();
    }
}
