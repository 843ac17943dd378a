package org.mpscommons.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Collapses matches by their group ({@link SearchIndex#GROUP}: a topic with its replies, an article, a link): the best
 * scoring document of each of the best groups, and how many groups matched, counted exactly up to a bound.
 *
 * <p>Why not lucene-grouping's {@code FirstPassGroupingCollector} and {@code AllGroupsCollector}: they score and
 * count every match ({@code ScoreMode.COMPLETE}), and a common word such as 痛み matches most of a large forum's
 * posts; search was once that slow (bench/README.md, "Search on 1,000,000 posts"). This one counts every match only
 * until more groups than anyone pages through were found, then tells the scorer the lowest score that can still
 * place a group among the wanted ones ({@link Scorable#setMinCompetitiveScore}), so that Lucene skips blocks of
 * documents that cannot, as it does for plain top-N searches. A skipped document cannot change the wanted groups nor
 * any of their best documents: it scores below all of them.
 */
final class BestOfEachGroup implements CollectorManager<BestOfEachGroup.Groups, BestOfEachGroup.Found> {

    /** A group's best document (index-wide id) and its score. */
    record Best(BytesRef group, int doc, float score) {}

    /**
     * @param best the wanted number of groups at most, the best first
     * @param counted every group counted, for an exact total and for a later search to leave out
     * @param atLeast more groups matched than were counted: the total is a lower bound
     */
    record Found(List<Best> best, Set<BytesRef> counted, boolean atLeast) {

        int total() {
            return counted.size();
        }
    }

    private final int wanted;
    private final int countUpTo;
    private final Set<BytesRef> leftOut;

    /**
     * @param wanted how many groups to return, at least 1
     * @param countUpTo how many groups to count exactly before skipping what cannot be among the wanted
     * @param leftOut groups not to collect at all (those an earlier search already returned)
     */
    BestOfEachGroup(int wanted, int countUpTo, Set<BytesRef> leftOut) {
        this.wanted = Math.max(1, wanted);
        this.countUpTo = countUpTo;
        this.leftOut = leftOut;
    }

    @Override
    public Groups newCollector() {
        return new Groups();
    }

    /** Each slice of the index has its own collector; a group's best is the best of its bests. */
    @Override
    public Found reduce(Collection<Groups> collectors) {
        if (collectors.size() == 1) {
            Groups only = collectors.iterator().next();
            return new Found(only.top.stream().map(Group::best).toList(), only.byKey.keySet(), only.pastCount);
        }
        Map<BytesRef, Best> merged = new HashMap<>();
        boolean atLeast = false;
        for (Groups groups : collectors) {
            atLeast |= groups.pastCount;
            for (Group group : groups.byKey.values()) {
                if (group.doc >= 0) {
                    merged.merge(group.key, group.best(), (a, b) -> BEST_FIRST_BEST.compare(a, b) <= 0 ? a : b);
                }
            }
        }
        List<Best> best =
                merged.values().stream().sorted(BEST_FIRST_BEST).limit(wanted).toList();
        return new Found(best, merged.keySet(), atLeast);
    }

    /** Higher scores first; of equal scores the earlier document, as Lucene's own top-N searches order them. */
    private static final Comparator<Group> BEST_FIRST =
            Comparator.<Group>comparingDouble(group -> -group.score).thenComparingInt(group -> group.doc);

    private static final Comparator<Best> BEST_FIRST_BEST =
            Comparator.<Best>comparingDouble(best -> -best.score()).thenComparingInt(Best::doc);

    /** A group as collected so far; mutable, so it leaves {@link Groups#top} before it changes. */
    private static final class Group {
        final BytesRef key;
        int doc = -1;
        float score;

        Group(BytesRef key) {
            this.key = key;
        }

        Best best() {
            return new Best(key, doc, score);
        }
    }

    /** Marks a group left out, in a segment's map of its groups by ordinal. */
    private static final Group LEFT_OUT = new Group(new BytesRef());

    final class Groups implements Collector {

        private final Map<BytesRef, Group> byKey = new HashMap<>();
        private final TreeSet<Group> top = new TreeSet<>(BEST_FIRST);
        private boolean pastCount;
        private float minCompetitive;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            SortedDocValues groups = DocValues.getSorted(leaf.reader(), SearchIndex.GROUP);
            // A segment numbers its groups (ordinals): looking a group's key up once per segment, not per document.
            Map<Integer, Group> byOrd = new HashMap<>();
            int docBase = leaf.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    if (minCompetitive > 0) {
                        scorer.setMinCompetitiveScore(minCompetitive);
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!groups.advanceExact(doc)) {
                        return;
                    }
                    int ord = groups.ordValue();
                    Group group = byOrd.get(ord);
                    if (group == null) {
                        group = group(groups.lookupOrd(ord));
                        byOrd.put(ord, group);
                    }
                    if (group != LEFT_OUT) {
                        offer(group, docBase + doc, scorer.score());
                        raiseMinimum(scorer);
                    }
                }
            };
        }

        private Group group(BytesRef key) {
            if (leftOut.contains(key)) {
                return LEFT_OUT;
            }
            Group group = byKey.get(key);
            if (group == null) {
                group = new Group(BytesRef.deepCopyOf(key));
                byKey.put(group.key, group);
                pastCount |= byKey.size() > countUpTo;
            }
            return group;
        }

        private void offer(Group group, int doc, float score) {
            // Documents come in increasing order: of equal scores, the group keeps its earlier document.
            if (group.doc >= 0 && score <= group.score) {
                return;
            }
            boolean wasTop = group.doc >= 0 && top.remove(group);
            group.doc = doc;
            group.score = score;
            if (wasTop || top.size() < wanted) {
                top.add(group);
            } else if (BEST_FIRST.compare(group, top.last()) < 0) {
                top.pollLast();
                top.add(group);
            }
        }

        /** Once counting is over and the wanted groups are found, a match must beat the last of them. */
        private void raiseMinimum(Scorable scorer) throws IOException {
            if (!pastCount || top.size() < wanted) {
                return;
            }
            float minimum = Math.nextUp(top.last().score);
            if (minimum > minCompetitive) {
                minCompetitive = minimum;
                scorer.setMinCompetitiveScore(minimum);
            }
        }
    }
}
