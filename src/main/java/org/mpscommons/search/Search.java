package org.mpscommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
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

    /**
     * @param type article, topic, post or link, or null for all; @param language ja, en or null for both
     * @param group one group's documents only (e.g. "TOPIC:12": the matches in one topic), each its own result; null
     *     for all, where a group's documents collapse into its best one
     */
    public record Request(
            String text,
            String type,
            String language,
            int page,
            String pageLanguage,
            String category,
            Instant since,
            String group) {

        public Request(
                String text,
                String type,
                String language,
                int page,
                String pageLanguage,
                String category,
                Instant since) {
            this(text, type, language, page, pageLanguage, category, since, null);
        }

        public Request(String text, String type, String language, int page, String pageLanguage) {
            this(text, type, language, page, pageLanguage, null, null, null);
        }
    }

    /**
     * @param snippet HTML: the matched words in {@code <mark>}, everything else escaped
     * @param group what the hit belongs to (its topic, for a forum post): what {@link Request#group} narrows to
     * @param more how many other documents of its topic match too (forum hits; 0 for others)
     */
    public record Hit(
            String type,
            String language,
            String title,
            String path,
            String snippet,
            Instant date,
            String group,
            int more) {}

    /**
     * @param total results: groups (a topic with its matching posts is one), or documents within one group
     * @param atLeast the total is a lower bound: counting stops once more were found than anyone pages through
     */
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
        // Within one topic every post carries its title: there only what a post says tells the posts apart.
        boolean within = request.group() != null;
        Map<String, Query> highlighted = new LinkedHashMap<>();
        for (String language : languages) {
            Query matches = matches(text, language, !within);
            if (matches != null) {
                highlighted.put(language, matches);
            }
        }
        if (highlighted.isEmpty()) {
            return new Results(List.of(), 0, false, 1, 0);
        }
        List<Query> filtered = highlighted.values().stream()
                .map(matches -> filtered(matches, request))
                .toList();
        String searched = text;
        Supplier<List<Query>> inText = () -> highlighted.keySet().stream()
                .map(language -> matches(searched, language, false))
                .filter(Objects::nonNull)
                .map(matches -> filtered(matches, request))
                .toList();
        try {
            IndexSearcher searcher = index.acquire();
            try {
                Ranking ranking = within
                        ? Ranking.withinGroup(searcher, filtered, wanted)
                        : Ranking.collapsed(searcher, filtered, wanted);
                int from = (page - 1) * PAGE_SIZE;
                int to = Math.min(ranking.docs().size(), wanted);
                List<Hit> hits = from < to
                        ? hits(
                                searcher,
                                highlighted,
                                ranking.docs().subList(from, to),
                                ranking.groups().subList(from, to),
                                within ? List::of : inText)
                        : List.of();
                int pages = (int) Math.min(MAX_RESULTS / PAGE_SIZE, (ranking.total() + PAGE_SIZE - 1) / PAGE_SIZE);
                return new Results(hits, ranking.total(), ranking.atLeast(), page, pages);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's hits: stored fields, snippets, and for forum hits how many more posts of their topic match. */
    private List<Hit> hits(
            IndexSearcher searcher,
            Map<String, Query> highlighted,
            List<ScoreDoc> page,
            List<String> groups,
            Supplier<List<Query>> inText)
            throws IOException {
        ScoreDoc[] shown = page.toArray(ScoreDoc[]::new);
        Document[] docs = new Document[shown.length];
        for (int i = 0; i < shown.length; i++) {
            docs[i] = searcher.storedFields().document(shown[i].doc);
        }
        String[] snippets = snippets(searcher, highlighted, shown, docs);
        Map<String, Integer> more = MoreInTopics.count(searcher, inText, shown, docs, groups);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            Document doc = docs[i];
            String snippet = snippets[i];
            if (snippet == null) {
                String stored = doc.get(SearchAnalyzers.textField(doc.get(SearchIndex.LANGUAGE)));
                snippet =
                        HtmlUtils.htmlEscape(stored == null ? "" : stored.substring(0, Math.min(160, stored.length())));
            }
            long millis = doc.getField(SearchIndex.DATE).numericValue().longValue();
            String group = groups.get(i);
            hits.add(new Hit(
                    doc.get(SearchIndex.TYPE),
                    doc.get(SearchIndex.LANGUAGE),
                    doc.get(SearchIndex.TITLE),
                    doc.get(SearchIndex.PATH),
                    snippet,
                    millis == 0 ? null : Instant.ofEpochMilli(millis),
                    group,
                    group == null ? 0 : more.getOrDefault(group, 0)));
        }
        return hits;
    }

    /**
     * The title of the topic a group holds, as the index holds it; null when the index holds no such group, or a group
     * that is not a topic (only a topic's posts are searched within).
     */
    public String topicTitle(String group) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                TopDocs any = searcher.search(new TermQuery(new Term(SearchIndex.GROUP, group)), 1);
                if (any.scoreDocs.length == 0) {
                    return null;
                }
                Document doc = searcher.storedFields()
                        .document(any.scoreDocs[0].doc, Set.of(SearchIndex.TITLE, SearchIndex.TYPE));
                return MoreInTopics.FORUM_TYPES.contains(doc.get(SearchIndex.TYPE)) ? doc.get(SearchIndex.TITLE) : null;
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
        if (request.group() != null) {
            query.add(new TermQuery(new Term(SearchIndex.GROUP, request.group())), BooleanClause.Occur.FILTER);
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
        return matches(text, language, true);
    }

    /** @param titles whether a title may match too (every post of a topic carries its title) */
    private Query matches(String text, String language, boolean titles) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        // Any of the query's words may match (more matches rank higher); a synonym is a phrase whose words all must.
        int clauses = add(any, text, language, 1f, BooleanClause.Occur.SHOULD, titles);
        for (String expansion : synonyms.synonyms().expansions(text)) {
            clauses += add(any, expansion, language, EXPANSION, BooleanClause.Occur.MUST, titles);
        }
        return clauses == 0 ? null : any.build();
    }

    private int add(
            BooleanQuery.Builder any,
            String text,
            String language,
            float boost,
            BooleanClause.Occur words,
            boolean titles) {
        Analyzer analyzer = "ja".equals(language) ? index.japanese() : index.english();
        return (titles ? field(any, analyzer, SearchAnalyzers.titleField(language), text, boost * TITLE, words) : 0)
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
