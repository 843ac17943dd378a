package org.mpscommons.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/** "n more matches in this topic": for each forum hit on a page, how many other posts of its topic match. */
final class MoreInTopics {

    /** A topic and its replies: the group whose documents collapse into one result with "n more matches". */
    static final Set<String> FORUM_TYPES = Set.of("topic", "post");

    private MoreInTopics() {}

    /**
     * How many other posts of each shown forum hit's topic say what was searched for (in any language; a post that
     * matches by its topic's title alone does not count): one pass over those topics' posts alone. Other groups hold
     * one document (an article) or one per language of the same thing (a link), which are not "more matches".
     */
    static Map<String, Integer> count(
            IndexSearcher searcher,
            Supplier<List<Query>> inText,
            ScoreDoc[] shown,
            Document[] docs,
            List<String> groups)
            throws IOException {
        List<BytesRef> topics = new ArrayList<>();
        Set<Integer> shownDocs = new HashSet<>();
        for (int i = 0; i < docs.length; i++) {
            if (groups.get(i) != null && FORUM_TYPES.contains(docs[i].get(SearchIndex.TYPE))) {
                topics.add(new BytesRef(groups.get(i)));
                shownDocs.add(shown[i].doc);
            }
        }
        List<Query> queries = topics.isEmpty() ? List.of() : inText.get();
        if (queries.isEmpty()) {
            return Map.of();
        }
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        queries.forEach(query -> anyLanguage.add(query, BooleanClause.Occur.SHOULD));
        Query inTopics = new BooleanQuery.Builder()
                .add(anyLanguage.build(), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(SearchIndex.GROUP, topics), BooleanClause.Occur.FILTER)
                .build();
        Map<String, Integer> counts = new HashMap<>();
        searcher.search(inTopics, new Counts(shownDocs))
                .forEach((group, count) -> counts.put(group.utf8ToString(), count));
        return counts;
    }

    /** How many of each group's documents match, not counting the ones the page shows already. */
    private static final class Counts implements CollectorManager<Counts.Tally, Map<BytesRef, Integer>> {

        private final Set<Integer> notCounted;

        /** @param notCounted documents (index-wide ids) not to count: the ones shown already */
        Counts(Set<Integer> notCounted) {
            this.notCounted = notCounted;
        }

        @Override
        public Tally newCollector() {
            return new Tally();
        }

        @Override
        public Map<BytesRef, Integer> reduce(Collection<Tally> tallies) {
            Map<BytesRef, Integer> counts = new HashMap<>();
            tallies.forEach(tally -> tally.counts.forEach((group, count) -> counts.merge(group, count, Integer::sum)));
            return counts;
        }

        final class Tally implements Collector {

            private final Map<BytesRef, Integer> counts = new HashMap<>();

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
                SortedDocValues groups = DocValues.getSorted(leaf.reader(), SearchIndex.GROUP);
                Map<Integer, Integer> byOrd = new HashMap<>();
                int docBase = leaf.docBase;
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) throws IOException {
                        if (!notCounted.contains(docBase + doc) && groups.advanceExact(doc)) {
                            byOrd.merge(groups.ordValue(), 1, Integer::sum);
                        }
                    }

                    @Override
                    public void finish() throws IOException {
                        for (Map.Entry<Integer, Integer> each : byOrd.entrySet()) {
                            counts.merge(
                                    BytesRef.deepCopyOf(groups.lookupOrd(each.getKey())),
                                    each.getValue(),
                                    Integer::sum);
                        }
                    }
                };
            }
        }
    }
}
