package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.topicId;
import static org.mpscommons.forum.ForumFixture.unique;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.web.Language;
import org.mpscommons.web.SitemapEntry;
import org.mpscommons.web.SitemapFiles;
import org.mpscommons.web.SitemapSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forum topics in the sitemap: each public, visible topic once, at its canonical URL in its own language, dated by its
 * last post; members-only, waiting and hidden topics never. Parts are ranges of ids, read in keyset batches.
 */
@SiteTest
@Tag("db")
class TopicSitemapTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TopicRepository topics;

    @Autowired
    Posting posting;

    @Autowired
    Categories categories;

    ForumFixture forum;

    @BeforeEach
    void setUp() {
        forum = new ForumFixture(context, port);
    }

    @Test
    void onlyPublicVisibleTopicsAppearOnceAtTheirCanonicalUrlDatedByTheirLastPost() {
        ForumFixture.Member member = forum.member();
        String english =
                startTopic(member.client(), "treatments", unique("Sitemap public "), unique("Public "), "public");
        String japanese =
                startTopic(member.client(), "treatments", unique("サイトマップの話 "), unique("トリガーポイントの話です。"), "public");
        String membersOnly =
                startTopic(member.client(), "treatments", unique("Sitemap members "), unique("Members "), "members");
        // A new member's first topic waits for a moderator.
        String pending = startTopic(
                forum.newMember().client(), "treatments", unique("Sitemap pending "), unique("Pending "), "public");
        String hidden =
                startTopic(member.client(), "treatments", unique("Sitemap hidden "), unique("Hidden "), "public");
        forum.moderator()
                .client()
                .submit(
                        "/en" + hidden,
                        "/en/forum/moderate/" + ForumFixture.postId(jdbc, hidden, 1) + "/hide",
                        Map.of("reason", "test"));
        ForumFixture.reply(member.client(), english, "A reply moves the date.");
        assertThat(column(pending, "status")).isEqualTo("PENDING");
        assertThat(column(hidden, "status")).isEqualTo("HIDDEN");
        assertThat(column(membersOnly, "visibility")).isEqualTo("MEMBERS");
        assertThat(column(japanese, "language")).isEqualTo("ja");

        String base = "http://localhost:" + port;
        List<SitemapFiles.Url> urls = SitemapFiles.allUrls(new SiteClient(port));
        for (String path : List.of(english, japanese)) {
            String lang = column(path, "language");
            List<SitemapFiles.Url> listed = listed(urls, path);
            assertThat(listed).as(path).hasSize(1);
            assertThat(listed.get(0).loc()).isEqualTo(base + "/" + lang + path);
            assertThat(listed.get(0).alternates()).isEmpty();
            Instant lastPost = jdbc.sql("SELECT last_posted_at FROM forum_topic WHERE id = :id")
                    .param("id", topicId(path))
                    .query(java.time.OffsetDateTime.class)
                    .single()
                    .toInstant();
            assertThat(listed.get(0).lastmod())
                    .isEqualTo(DateTimeFormatter.ISO_INSTANT.format(lastPost.truncatedTo(ChronoUnit.SECONDS)));
        }
        assertThat(lastPostedAt(english)).isAfter(createdAt(english));
        for (String path : List.of(membersOnly, pending, hidden)) {
            assertThat(listed(urls, path)).as(path).isEmpty();
        }
    }

    @Test
    void partsAreRangesOfIdsWrittenInKeysetBatchesAndTogetherHoldEveryPublicTopicOnce() {
        Category feedback = categories.bySlug("site-feedback").orElseThrow();
        Writer staff = new Writer(-1L, "Moderator", true, true, null, "127.0.0.1");
        for (int i = 0; i < 7; i++) {
            posting.createTopic(
                    staff,
                    feedback,
                    new TopicForm(
                            "site-feedback",
                            "Part " + i,
                            "Body " + i,
                            "",
                            i % 3 == 0 ? "members" : "public",
                            null,
                            null),
                    Language.EN);
        }
        int idsPerPart = 3;
        TopicSitemap sitemap = new TopicSitemap(topics, idsPerPart, 2);

        List<SitemapSource.Part> parts = sitemap.parts();
        assertThat(parts).extracting(SitemapSource.Part::number).isSorted().doesNotHaveDuplicates();
        List<Long> written = new ArrayList<>();
        for (SitemapSource.Part part : parts) {
            List<SitemapEntry> entries = new ArrayList<>();
            sitemap.write(part.number(), entries::add);
            assertThat(entries).as("part " + part.number()).hasSizeBetween(1, idsPerPart);
            List<Long> ids = entries.stream().map(entry -> idOf(entry.path())).toList();
            assertThat(ids)
                    .isSorted()
                    .allMatch(id ->
                            id > (long) (part.number() - 1) * idsPerPart && id <= (long) part.number() * idsPerPart);
            assertThat(part.lastModified())
                    .isEqualTo(entries.stream()
                            .map(entry -> (Instant) entry.lastModified())
                            .max(Instant::compareTo)
                            .orElseThrow());
            written.addAll(ids);
        }
        List<Long> expected = jdbc.sql("SELECT id FROM forum_topic WHERE status = 'VISIBLE' AND visibility = 'PUBLIC'")
                .query(Long.class)
                .list();
        assertThat(written).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);

        Set<Integer> numbers =
                new HashSet<>(parts.stream().map(SitemapSource.Part::number).toList());
        List<SitemapEntry> none = new ArrayList<>();
        for (int number = 0; number <= parts.get(parts.size() - 1).number() + 1; number++) {
            if (!numbers.contains(number)) {
                sitemap.write(number, none::add);
            }
        }
        assertThat(none).isEmpty();
    }

    private static List<SitemapFiles.Url> listed(List<SitemapFiles.Url> urls, String path) {
        return urls.stream()
                .filter(url -> url.loc().contains("/forum/t/" + topicId(path) + "/"))
                .toList();
    }

    private static long idOf(String path) {
        return Long.parseLong(path.replaceFirst("^/(en|ja)/forum/t/(\\d+)/.*$", "$2"));
    }

    private String column(String path, String column) {
        return jdbc.sql("SELECT " + column + " FROM forum_topic WHERE id = :id")
                .param("id", topicId(path))
                .query(String.class)
                .single();
    }

    private Instant lastPostedAt(String path) {
        return time(path, "last_posted_at");
    }

    private Instant createdAt(String path) {
        return time(path, "created_at");
    }

    private Instant time(String path, String column) {
        return jdbc.sql("SELECT " + column + " FROM forum_topic WHERE id = :id")
                .param("id", topicId(path))
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
    }
}
