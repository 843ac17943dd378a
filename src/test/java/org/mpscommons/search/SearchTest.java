package org.mpscommons.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Search over the shipped articles and the forum, in both languages, kept current from the change log. */
@SiteTest
@Tag("db")
class SearchTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Search search;

    @Test
    void aDiagnosisInEitherLanguageFindsItsArticleFirstInThatLanguage() {
        awaitIndexed();
        assertThat(first("坐骨神経痛", null, "ja")).isEqualTo("/ja/articles/sciatica");
        assertThat(first("sciatica", null, "en")).isEqualTo("/en/articles/sciatica");
        assertThat(first("脊柱管狭窄症", null, "ja")).isEqualTo("/ja/articles/spinal-canal-stenosis");
        // Across languages, through the synonym list: a Japanese query, English results only.
        assertThat(paths("椎間板ヘルニア", "en")).contains("/en/articles/lumbar-disc-herniation");
        assertThat(paths("trigger point injection", "ja")).contains("/ja/articles/injections-compared");
    }

    @Test
    void categoryAndDateNarrowTheResults() {
        awaitIndexed();
        SiteClient visitor = new SiteClient(port);
        String themed = visitor.get("/en/search?q=pain&type=article&category=treatments")
                .body();
        assertThat(themed).contains("/en/articles/injections-compared").doesNotContain("/en/articles/sciatica\"");
        String word = "datefilter" + letters();
        ForumFixture.startTopic(new ForumFixture(context, port).member().client(), "Recent " + word, "Now " + word);
        await(() -> !paths(word, null).isEmpty(), Duration.ofSeconds(5));
        assertThat(visitor.get("/en/search?q=" + word + "&since=month").body()).contains("Recent " + word);
        assertThat(search.search(new Search.Request(
                                word,
                                null,
                                null,
                                1,
                                "en",
                                null,
                                java.time.Instant.now().plusSeconds(3600)))
                        .empty())
                .isTrue();
    }

    @Test
    void theLinkPageIsSearchedInEitherLanguage() {
        awaitIndexed();
        await(
                () -> !search.search(new Search.Request("加茂", "link", "ja", 1, "ja"))
                        .empty(),
                Duration.ofSeconds(10));
        assertThat(search.search(new Search.Request("加茂", "link", "ja", 1, "ja"))
                        .hits())
                .allSatisfy(hit -> assertThat(hit.path()).startsWith("/ja/links#link-"));
        assertThat(search.search(new Search.Request("Trigger Point Manual", "link", "en", 1, "en"))
                        .hits())
                .extracting(Search.Hit::title)
                .anyMatch(title -> title.contains("Trigger Point Manual"));
    }

    @Test
    void theResultsPageHighlightsWhatMatchedAndHelpsWhenNothingDoes() {
        awaitIndexed();
        SiteClient visitor = new SiteClient(port);
        String page = visitor.get(
                        "/ja/search?q=" + java.net.URLEncoder.encode("梨状筋症候群", java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertThat(page).contains("/ja/articles/piriformis-syndrome").contains("<mark>");
        String none = visitor.get("/en/search?q=zzzqqqxxx").body();
        assertThat(none).contains("Nothing found for \"zzzqqqxxx\"").contains("href=\"/en/forum/\"");
    }

    @Test
    void aNewPostIsFoundWithinSecondsAndAMembersOnlyTopicNever() {
        awaitIndexed();
        ForumFixture forum = new ForumFixture(context, port);
        String word = "zyx" + letters();
        String path = ForumFixture.startTopic(forum.member().client(), "Searchable " + word, "Text with " + word + ".");
        long started = System.nanoTime();
        await(() -> !paths(word, null).isEmpty(), Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(paths(word, null)).contains("/en" + path);

        String hidden = "qvw" + letters();
        ForumFixture.startTopic(
                forum.member().client(), "introductions", "Members only " + hidden, "Private " + hidden, "members");
        ForumFixture.startTopic(forum.member().client(), "Public " + hidden + "x", "Later.");
        await(() -> !paths(hidden + "x", null).isEmpty(), Duration.ofSeconds(5));
        assertThat(paths(hidden, null)).isEmpty();
    }

    @Test
    void threePostsOfOneTopicAreOneResultWithTwoMoreAndTheTotalCountsTopics() {
        awaitIndexed();
        ForumFixture forum = new ForumFixture(context, port);
        SiteClient member = forum.member().client();
        String word = "grp" + letters();
        String topic = ForumFixture.startTopic(member, "Stiff neck at night", "My neck, " + word + ".");
        assertThat(ForumFixture.reply(member, topic, "Same here: " + word + " " + word + ".")
                        .statusCode())
                .isEqualTo(302);
        assertThat(ForumFixture.reply(member, topic, "And " + word + " again.").statusCode())
                .isEqualTo(302);
        assertThat(ForumFixture.reply(member, topic, "Nothing to do with it.").statusCode())
                .isEqualTo(302);
        String other = ForumFixture.startTopic(member, "Another night", "Only once: " + word + ".");
        String group = "TOPIC:" + ForumFixture.topicId(topic);
        // Both topics and every reply indexed.
        await(
                () -> search.search(new Search.Request(word, null, null, 1, "en")).hits().stream()
                                .anyMatch(hit -> group.equals(hit.group()) && hit.more() == 2)
                        && search.search(new Search.Request(word, null, null, 1, "en"))
                                        .hits()
                                        .size()
                                == 2,
                Duration.ofSeconds(10));

        Search.Results results = search.search(new Search.Request(word, null, null, 1, "en"));
        assertThat(results.total()).isEqualTo(2);
        assertThat(results.hits())
                .extracting(Search.Hit::group, Search.Hit::more)
                .containsExactlyInAnyOrder(tuple(group, 2), tuple("TOPIC:" + ForumFixture.topicId(other), 0));
        Search.Results within = search.search(new Search.Request(word, null, null, 1, "en", null, null, group));
        assertThat(within.total()).isEqualTo(3);
        assertThat(within.hits()).hasSize(3);

        SiteClient visitor = new SiteClient(port);
        String page = visitor.get("/en/search?q=" + word).body();
        assertThat(page)
                .contains("Found 2.")
                .contains("2 more matches in this topic")
                .contains("href=\"/en/search?q=" + word + "&amp;in=" + group + "\"");
        assertThat(visitor.get("/ja/search?q=" + word).body()).contains("このトピックでほかに2件一致しています");
        String inTopic = visitor.get("/en/search?q=" + word + "&in=" + group).body();
        assertThat(inTopic)
                .contains("Found 3.")
                .contains("Topic: Stiff neck at night")
                .doesNotContain("more match");
    }

    @Test
    void aFilterNobodyCanChooseIsExplainedAndLeftOut() {
        awaitIndexed();
        SiteClient visitor = new SiteClient(port);
        String page = visitor.get("/en/search?q=sciatica&type=videos&language=en&in=TOPIC:999999999")
                .body();
        assertThat(page)
                .contains("<details class=\"search-filter-disclosure\" open>")
                .contains("id=\"search-type-error\"")
                .contains("The topic to search in was not found")
                .contains("Language: English")
                .doesNotContain("Type: ")
                .contains("/en/articles/sciatica");
        assertThat(visitor.get("/en/search?q=sciatica&type=&language=").body())
                .contains("<details class=\"search-filter-disclosure\">")
                .doesNotContain("error-text");
    }

    @Test
    void synonymsExpandTheLongestTermAndMixLanguages() {
        Synonyms synonyms = Synonyms.load();
        assertThat(synonyms.size()).isGreaterThanOrEqualTo(60);
        assertThat(synonyms.expansions("椎間板ヘルニア 足のしびれ")).contains("disc herniation");
        assertThat(synonyms.expansions("sciatica after surgery")).contains("坐骨神経痛");
        assertThat(synonyms.expansions("goal")).isEmpty();
    }

    @Test
    void theShippedListPassesTheChecksAnAdminsListMust() {
        assertThat(Synonyms.problems(Synonyms.shippedText())).isEmpty();
    }

    @Test
    void aListWithATermInTwoGroupsOrAOneTermGroupIsRefusedLineByLine() {
        String text = """
                # comment, with, commas
                sciatica, 坐骨神経痛
                ヘルニア
                disc herniation, Sciatica
                MPS, 筋膜性疼痛症候群, ＭＰＳ
                """;
        assertThat(Synonyms.problems(text))
                .extracting(Synonyms.Problem::key, p -> List.of(p.arguments()))
                .containsExactly(
                        tuple("admin.synonyms.error.single", List.of(3)),
                        tuple("admin.synonyms.error.twice", List.of(4, "Sciatica", 2)),
                        tuple("admin.synonyms.error.twiceInLine", List.of(5, "ＭＰＳ", 5)));
        assertThat(Synonyms.problems("a, " + "b".repeat(101)))
                .extracting(Synonyms.Problem::key)
                .containsExactly("admin.synonyms.error.term");
    }

    /** A word nobody wrote: letters only (the Japanese analyzer splits Latin text where digits begin). */
    private static String letters() {
        StringBuilder word = new StringBuilder();
        long seed = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + (int) (seed % 26)));
            seed /= 26;
        }
        return word.toString();
    }

    private String first(String query, String language, String pageLanguage) {
        List<Search.Hit> hits = search.search(new Search.Request(query, null, language, 1, pageLanguage))
                .hits();
        assertThat(hits).as(query).isNotEmpty();
        return hits.getFirst().path();
    }

    private List<String> paths(String query, String language) {
        return search.search(new Search.Request(query, null, language, 1, "en")).hits().stream()
                .map(Search.Hit::path)
                .toList();
    }

    private void awaitIndexed() {
        await(() -> !paths("sciatica", "en").isEmpty(), Duration.ofSeconds(30));
    }

    private static void await(Supplier<Boolean> condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
