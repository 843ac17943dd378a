package org.mpscommons.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * What one search ranked, from its queries (one per language, the query's own first): the documents up to the
 * requested page, best first, each with its group's key (null within one group), and how many results there are.
 */
record Ranking(List<ScoreDoc> docs, List<String> groups, long total, boolean atLeast) {

    /**
     * One result per group, the groups counted: a topic whose three posts match is one result (its best post), not
     * three among the first five. Each language's search leaves out the groups the one before counted (a topic may
     * have replies in both languages); it runs only while fewer than {@link Search#MAX_RESULTS} were counted, and those
     * were counted exactly.
     */
    static Ranking collapsed(IndexSearcher searcher, List<Query> queries, int wanted) throws IOException {
        List<ScoreDoc> docs = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        Set<BytesRef> counted = new HashSet<>();
        boolean atLeast = false;
        for (Query query : queries) {
            if (atLeast || counted.size() >= Search.MAX_RESULTS) {
                break;
            }
            BestOfEachGroup.Found found = searcher.search(
                    query, new BestOfEachGroup(wanted - docs.size(), Search.MAX_RESULTS - counted.size(), counted));
            for (BestOfEachGroup.Best best : found.best()) {
                docs.add(new ScoreDoc(best.doc(), best.score()));
                groups.add(best.group().utf8ToString());
            }
            counted.addAll(found.counted());
            atLeast |= found.atLeast();
        }
        return new Ranking(docs, groups, counted.size(), atLeast);
    }

    /** Every matching document of the one group the request names, as found (the posts of one topic). */
    static Ranking withinGroup(IndexSearcher searcher, List<Query> queries, int wanted) throws IOException {
        List<ScoreDoc> docs = new ArrayList<>();
        long total = 0;
        boolean atLeast = false;
        for (Query query : queries) {
            if (total >= Search.MAX_RESULTS) {
                break;
            }
            // At least one, to learn how many there are.
            TopDocs top = searcher.search(query, Math.max(1, wanted - docs.size()));
            docs.addAll(Arrays.asList(top.scoreDocs));
            total += top.totalHits.value();
            atLeast |= top.totalHits.relation() != TotalHits.Relation.EQUAL_TO;
        }
        List<String> groups = new ArrayList<>(Collections.nCopies(docs.size(), (String) null));
        return new Ranking(docs, groups, total, atLeast);
    }
}
