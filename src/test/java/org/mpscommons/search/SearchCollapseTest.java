package org.mpscommons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One result per topic, on an index of its own: a topic's matching posts are one result (its best post) with the
 * number of the others, the total counts topics, pages never show a topic twice, and once more topics match than are
 * counted, the topics shown are still exactly the best ones (checked against scoring every match).
 */
class SearchCollapseTest {

    private SearchIndex index;
    private Search search;
    /** Which group each document's path belongs to, as the test wrote them. */
    private final Map<String, String> groupOfPath = new HashMap<>();

    @BeforeEach
    void openIndex() throws Exception {
        index = new SearchIndex(Files.createTempDirectory("search-collapse-").toString());
        SynonymLists none = new SynonymLists(null, Clock.systemUTC()) {
            @Override
            long newestId() {
                return 0;
            }
        };
        search = new Search(index, new SynonymList(none));
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.destroy();
    }

    @Test
    void aTopicsMatchingPostsAreOneResultWithTheOthersCounted() throws Exception {
        topic(1, "en", "Stiff neck", "My neck hurts, yak.", "Same here, yak.", "A yak again, yak yak.", "No match.");
        topic(2, "en", "Another topic", "Once a yak.");
        article(3, "en", "An article on yaks", "The yak article.");
        index.commit(1);

        Search.Results results = search.search(new Search.Request("yak", null, null, 1, "en"));

        assertThat(results.total()).isEqualTo(3);
        assertThat(results.atLeast()).isFalse();
        assertThat(results.hits()).hasSize(3);
        Search.Hit topic = hitOf(results, "TOPIC:1");
        assertThat(topic.more()).isEqualTo(2);
        // The best of its three matches: the post that says it three times, with its words marked.
        assertThat(topic.path()).isEqualTo("/en/forum/p/12");
        assertThat(topic.snippet()).contains("<mark>yak</mark>");
        assertThat(hitOf(results, "TOPIC:2").more()).isZero();
        assertThat(hitOf(results, "ARTICLE:3").more()).isZero();

        // Within the topic: each matching post is a result of its own.
        Search.Results within = search.search(new Search.Request("yak", null, null, 1, "en", null, null, "TOPIC:1"));
        assertThat(within.total()).isEqualTo(3);
        assertThat(within.hits())
                .extracting(Search.Hit::path)
                .containsExactlyInAnyOrder("/en/forum/t/1", "/en/forum/p/11", "/en/forum/p/12");
        assertThat(within.hits()).allSatisfy(hit -> assertThat(hit.more()).isZero());
        assertThat(search.topicTitle("TOPIC:1")).isEqualTo("Stiff neck");
        assertThat(search.topicTitle("TOPIC:99")).isNull();
        assertThat(search.topicTitle("ARTICLE:3")).isNull();
    }

    @Test
    void aTopicsTitleFindsItButOnlyPostsThatSayTheWordsAreMoreMatches() throws Exception {
        topic(4, "en", "Yak pains", "Nothing to see.", "Also a yak here.", "Nothing again.");
        index.commit(1);

        Search.Results results = search.search(new Search.Request("yak", null, null, 1, "en"));

        assertThat(results.total()).isEqualTo(1);
        assertThat(results.hits().getFirst().path()).isEqualTo("/en/forum/p/41");
        assertThat(results.hits().getFirst().more()).isZero();
        assertThat(search.search(new Search.Request("yak", null, null, 1, "en", null, null, "TOPIC:4"))
                        .hits())
                .extracting(Search.Hit::path)
                .containsExactly("/en/forum/p/41");
    }

    @Test
    void aTopicWithRepliesInBothLanguagesIsOneResult() throws Exception {
        index.replace(
                "TOPIC:1",
                List.of(
                        document("topic:1", "topic", "en", "Neck yak", "yak in English", "/en/forum/t/1", "TOPIC:1"),
                        document("post:15", "post", "ja", "Neck yak", "日本語の yak", "/ja/forum/p/15", "TOPIC:1")));
        topic(2, "ja", "首 yak", "日本語だけの yak");
        index.commit(1);

        Search.Results results = search.search(new Search.Request("yak", null, null, 1, "en"));

        assertThat(results.total()).isEqualTo(2);
        assertThat(results.hits()).extracting(Search.Hit::group).containsExactly("TOPIC:1", "TOPIC:2");
        assertThat(hitOf(results, "TOPIC:1").more()).isEqualTo(1);
    }

    @Test
    void pagesShowEachTopicOnceAndTheTotalCountsTopics() throws Exception {
        for (int id = 1; id <= 25; id++) {
            topic(id, "en", "Topic " + id, "yak " + "word ".repeat(id), "yak and yak", "nothing here");
        }
        index.commit(1);

        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            Search.Results results = search.search(new Search.Request("yak", null, null, page, "en"));
            assertThat(results.total()).isEqualTo(25);
            assertThat(results.pages()).isEqualTo(3);
            assertThat(results.hits()).hasSize(page < 3 ? 10 : 5);
            for (Search.Hit hit : results.hits()) {
                assertThat(seen.add(hit.group()))
                        .as("%s shown twice", hit.group())
                        .isTrue();
                assertThat(hit.more()).isEqualTo(1);
            }
        }
        assertThat(seen).hasSize(25);
    }

    @Test
    void pastTheCountTheBestTopicsAreStillTheBest() throws Exception {
        Random random = new Random(19);
        String[] filler = {"neck", "shoulder", "back", "knee", "hip", "jaw", "arm", "calf"};
        for (int id = 1; id <= 1_500; id++) {
            List<String> posts = new ArrayList<>();
            for (int post = random.nextInt(3); post >= 0; post--) {
                StringBuilder text = new StringBuilder();
                for (int word = random.nextInt(30) + 1; word > 0; word--) {
                    text.append(random.nextInt(6) == 0 ? "yak" : filler[random.nextInt(filler.length)])
                            .append(' ');
                }
                posts.add(text + "yak");
            }
            topic(id, "en", "Topic " + id, posts.toArray(String[]::new));
        }
        index.commit(1);

        for (int page : List.of(1, 2, 7)) {
            Search.Results results = search.search(new Search.Request("yak", null, "en", page, "en"));
            assertThat(results.atLeast()).isTrue();
            assertThat(results.total()).isGreaterThan(Search.MAX_RESULTS);
            assertThat(results.hits()).extracting(Search.Hit::path).isEqualTo(bestByScoringEverything("yak", page));
        }
    }

    /** The page's best documents of the best groups, from every match scored and grouped by hand. */
    private List<String> bestByScoringEverything(String text, int page) throws Exception {
        IndexSearcher searcher = index.acquire();
        try {
            ScoreDoc[] all = searcher.search(search.matches(text, "en"), index.documents()).scoreDocs;
            Map<String, ScoreDoc> best = new LinkedHashMap<>();
            Map<Integer, String> paths = new HashMap<>();
            for (ScoreDoc doc : all) {
                String path = searcher.storedFields().document(doc.doc).get(SearchIndex.PATH);
                paths.put(doc.doc, path);
                // Lucene ranks by score, then by document: the first of a group is its best.
                best.putIfAbsent(groupOfPath.get(path), doc);
            }
            return best.values().stream()
                    .sorted(Comparator.<ScoreDoc>comparingDouble(doc -> -doc.score)
                            .thenComparingInt(doc -> doc.doc))
                    .skip((page - 1) * (long) Search.PAGE_SIZE)
                    .limit(Search.PAGE_SIZE)
                    .map(doc -> paths.get(doc.doc))
                    .toList();
        } finally {
            index.release(searcher);
        }
    }

    private static Search.Hit hitOf(Search.Results results, String group) {
        return results.hits().stream()
                .filter(hit -> group.equals(hit.group()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hit of " + group + " in " + results.hits()));
    }

    /** A topic as the forum describes it: its opening post, then replies numbered from id * 10 + 1. */
    private void topic(int id, String language, String title, String... posts) throws Exception {
        String group = "TOPIC:" + id;
        List<SearchDocument> documents = new ArrayList<>();
        documents.add(
                document("topic:" + id, "topic", language, title, posts[0], "/" + language + "/forum/t/" + id, group));
        for (int i = 1; i < posts.length; i++) {
            int post = id * 10 + i;
            documents.add(document(
                    "post:" + post, "post", language, title, posts[i], "/" + language + "/forum/p/" + post, group));
        }
        index.replace(group, documents);
    }

    private void article(int id, String language, String title, String text) throws Exception {
        index.replace(
                "ARTICLE:" + id,
                List.of(document(
                        "article:" + id,
                        "article",
                        language,
                        title,
                        text,
                        "/" + language + "/articles/" + id,
                        "ARTICLE:" + id)));
    }

    private SearchDocument document(
            String key, String type, String language, String title, String text, String path, String group) {
        groupOfPath.put(path, group);
        return new SearchDocument(
                key, type, language, title, text, path, "pain", Instant.parse("2026-11-01T00:00:00Z"));
    }
}
