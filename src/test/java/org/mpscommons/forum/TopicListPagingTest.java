package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Paging through lists and long topics: keyset pages show every topic once, in order, whatever the filter; a topic's
 * pages are ranges of post numbers, and a post's permalink finds its page.
 */
@SiteTest
@Tag("db")
class TopicListPagingTest {

    private static final Pattern TOPIC_LINK = Pattern.compile("class=\"topic-title\" href=\"/en/forum/t/(\\d+)/");
    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Posting posting;

    @Autowired
    Categories categories;

    @Test
    void everyTopicOfACategoryAppearsOnceAcrossItsPages() {
        Category feedback = categories.bySlug("site-feedback").orElseThrow();
        Writer writer = staffWriter();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < TopicLists.PAGE_SIZE * 2 + 5; i++) {
            boolean japanese = i % 3 == 0;
            TopicForm form = new TopicForm(
                    "site-feedback",
                    (japanese ? "意見 " : "Idea ") + i,
                    japanese ? "本文です。" + i : "Body text " + i,
                    "",
                    "public",
                    null,
                    null);
            Posted.Saved saved = (Posted.Saved) posting.createTopic(writer, feedback, form, Language.EN);
            created.add(saved.topicId());
        }
        SiteClient visitor = new SiteClient(port);

        // Both languages: an English page lists English topics unless the reader asks for both.
        List<Long> all = walk(visitor, "/en/forum/c/site-feedback?lang=all");
        assertThat(all).doesNotHaveDuplicates().containsAll(created);
        // Newest first: the topics created last come first.
        assertThat(all.subList(0, 3))
                .containsExactly(
                        created.get(created.size() - 1),
                        created.get(created.size() - 2),
                        created.get(created.size() - 3));

        List<Long> japaneseOnly = walk(visitor, "/en/forum/c/site-feedback?lang=ja&sort=latest");
        assertThat(japaneseOnly)
                .doesNotHaveDuplicates()
                .containsAll(created.stream()
                        .filter(id -> created.indexOf(id) % 3 == 0)
                        .toList())
                .doesNotContainAnyElementsOf(created.stream()
                        .filter(id -> created.indexOf(id) % 3 != 0)
                        .toList());

        List<Long> top = walk(visitor, "/en/forum/c/site-feedback?sort=top&lang=all");
        assertThat(top).doesNotHaveDuplicates().containsAll(created);
        assertThat(visitor.get("/en/forum/c/site-feedback?after=garbage").statusCode())
                .isEqualTo(200);
        assertThat(visitor.get("/en/forum/c/no-such-category").statusCode()).isEqualTo(404);
    }

    @Test
    void aLongTopicIsReadPageByPageAndPermalinksFindTheirPage() {
        Category treatments = categories.bySlug("treatments").orElseThrow();
        Writer writer = staffWriter();
        Posted.Saved topic = (Posted.Saved) posting.createTopic(
                writer,
                treatments,
                new TopicForm("treatments", "Long thread", "Post one", "en", "public", null, null),
                Language.EN);
        Topic loaded =
                context.getBean(TopicRepository.class).find(topic.topicId()).orElseThrow();
        long post30 = 0;
        for (int n = 2; n <= 45; n++) {
            Posted.Saved saved = (Posted.Saved) posting.reply(
                    writer,
                    loaded,
                    new ReplyForm("Post " + n + " words", null, "", null, null, null, null),
                    Language.EN);
            if (n == 30) {
                post30 = saved.postId();
            }
        }
        SiteClient visitor = new SiteClient(port);
        String path = "/en/forum/t/" + topic.topicId() + "/long-thread";
        String first = visitor.get(path).body();
        assertThat(first)
                .contains("Post 20 words")
                .doesNotContain("Post 21 words")
                .contains("Page 1 of 3");
        String second = visitor.get(path + "?page=2").body();
        assertThat(second).contains("id=\"post-21\"").contains("id=\"post-40\"").doesNotContain("id=\"post-41\"");
        assertThat(visitor.get(path + "?page=4").statusCode()).isEqualTo(404);
        assertThat(AccountsFixture.location(visitor.get("/en/forum/p/" + post30)))
                .isEqualTo(path + "?page=2#post-30");
    }

    /** Staff write without review and without the hourly limit, which suits filling a list. */
    private static Writer staffWriter() {
        return new Writer(-1L, "Moderator", true, true, null, "127.0.0.1");
    }

    private static List<Long> walk(SiteClient visitor, String url) {
        List<Long> ids = new ArrayList<>();
        String next = url;
        for (int page = 0; next != null && page < 20; page++) {
            String body = visitor.get(next).body();
            Matcher link = TOPIC_LINK.matcher(body);
            while (link.find()) {
                ids.add(Long.parseLong(link.group(1)));
            }
            Matcher more = NEXT.matcher(body);
            next = more.find() ? more.group(1).replace("&amp;", "&") : null;
        }
        return ids;
    }
}
