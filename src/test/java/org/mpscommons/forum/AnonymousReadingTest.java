package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reading costs little: a visitor (or a crawler) creates no server-side session, not even by commenting, and a page
 * runs a small, fixed number of SQL statements however many posts and authors it shows.
 */
@SiteTest
class AnonymousReadingTest {

    /** The topic's version, topic, posts, authors, with room for a category reload; never one per post. */
    static final int TOPIC_PAGE_STATEMENTS = 5;
    /**
     * The newest topic version (the visitor page cache asks it), pinned topics, the list and the people its rows name
     * (authors and last repliers, with their avatars); on the front page the categories' counts instead of pinned
     * topics, kept until a topic changes.
     */
    static final int CATEGORY_PAGE_STATEMENTS = 4;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void visitorsAndGuestCommentsCreateNoSession() {
        ForumFixture forum = new ForumFixture(context, port);
        String path = startTopic(forum.member().client(), unique("Sessions "), "Text.");
        long sessions = sessions();

        SiteClient visitor = forum.visitor();
        for (String page : List.of("/en/forum/", "/ja/forum/c/treatments", "/en" + path, "/feeds/en/forum.atom")) {
            HttpResponse<String> response = visitor.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.contains("SESSION"));
        }
        HttpResponse<String> comment = ForumFixture.guestReply(visitor, path, "Taro", "Just a short comment.");
        assertThat(comment.statusCode()).isEqualTo(302);
        assertThat(visitor.cookie("SESSION")).isEmpty();
        assertThat(visitor.cookie("mps_csrf")).isPresent();
        assertThat(sessions()).isEqualTo(sessions);
    }

    @Test
    void aCommentWithoutTheCsrfCookiesTokenIsRefused() {
        ForumFixture forum = new ForumFixture(context, port);
        String path = startTopic(forum.member().client(), unique("Csrf "), "Text.");
        SiteClient visitor = forum.visitor();
        String comment = unique("Forged comment ");
        HttpResponse<String> response = visitor.post(
                "/en" + ForumFixture.replyAction(path),
                java.util.Map.of("body", comment, "guestName", "Eve", "_csrf", "forged"));
        // Refused: nothing is saved; the words only come back, escaped, to the browser that sent them.
        assertThat(response.body()).contains("Your comment was not sent").contains(comment);
        assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("SELECT COUNT(*) FROM forum_post WHERE body_source = :comment")
                        .param("comment", comment)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTopicPageRunsTheSameFewStatementsForManyPostsByManyAuthors() throws Exception {
        ForumFixture forum = new ForumFixture(context, port);
        String path = startTopic(forum.member().client(), unique("Statements "), "Opening.");
        for (int i = 0; i < 6; i++) {
            ForumFixture.reply(forum.member().client(), path, "Reply by another member, number " + i);
        }
        mvc.perform(get("/en" + path)).andExpect(status().isOk());
        // Rendered, not from the visitor page cache.
        context.getBean(org.mpscommons.web.VisitorPageCache.class).clear();
        int statements =
                SqlStatements.count(() -> mvc.perform(get("/en" + path)).andExpect(status().isOk()));
        assertThat(statements).isBetween(1, TOPIC_PAGE_STATEMENTS);
        int category = SqlStatements.count(
                () -> mvc.perform(get("/en/forum/c/pain-and-diagnosis")).andExpect(status().isOk()));
        assertThat(category).isBetween(1, CATEGORY_PAGE_STATEMENTS);
        int index = SqlStatements.count(() -> mvc.perform(get("/en/forum/")).andExpect(status().isOk()));
        assertThat(index).isBetween(1, CATEGORY_PAGE_STATEMENTS);
    }

    @Test
    void aVisitorsCachedPageShowsEveryChangeAtOnce() {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member author = forum.member();
        String path = startTopic(author.client(), unique("Cached "), "First version.");
        SiteClient visitor = forum.visitor();
        assertThat(visitor.get("/en" + path).body()).contains("First version.");
        assertThat(visitor.get("/en" + path).body()).contains("First version.");

        long opening = jdbc.sql("SELECT id FROM forum_post WHERE topic_id = :topic AND number = 1")
                .param("topic", ForumFixture.topicId(path))
                .query(Long.class)
                .single();
        author.client()
                .submit(
                        "/en/forum/p/" + opening + "/edit",
                        "/en/forum/p/" + opening + "/edit",
                        java.util.Map.of("title", "Cached", "body", "Second version."));
        String newPath = "/forum/t/" + ForumFixture.topicId(path) + "/cached";
        assertThat(visitor.get("/en" + newPath).body())
                .contains("Second version.")
                .doesNotContain("First version.");

        forum.member()
                .client()
                .submit("/en" + newPath, "/en/forum/p/" + opening + "/react", java.util.Map.of("kind", "helpful"));
        assertThat(visitor.get("/en" + newPath).body()).contains("Helpful: 1");
        ForumFixture.reply(forum.member().client(), newPath, "A new reply appears.");
        assertThat(visitor.get("/en" + newPath).body()).contains("A new reply appears.");
    }

    private long sessions() {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
    }
}
