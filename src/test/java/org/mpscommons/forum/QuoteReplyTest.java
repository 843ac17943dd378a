package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.forum.ForumFixture.unique;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Quote in my reply" over real HTTP: the reply form carries a quote beside its text box that, once posted, names its
 * writer.
 */
@SiteTest
@Tag("db")
class QuoteReplyTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQuotedPostIsNamedAndLinkedInTheReply() {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member author = forum.member();
        String path = ForumFixture.startTopic(author.client(), unique("Quoting "), "Heat helped my neck.\n\n- rest");
        long opening = ForumFixture.postId(jdbc, path, 1);
        String name = jdbc.sql("SELECT display_name FROM member WHERE id = :id")
                .param("id", author.id())
                .query(String.class)
                .single();
        ForumFixture.Member replier = forum.member();

        String form = replier.client().get("/en" + path + "?quote=" + opening).body();
        String quote = "> [" + TopicController.markdownText(name) + "](/en/forum/p/" + opening + ")\n>\n"
                + "> Heat helped my neck.\n> \n> - rest";
        // The quote rides in the form beside the text box, whose text stays the writer's own.
        assertThat(form)
                .contains("<input type=\"hidden\" name=\"quote\" value=\"" + quote + "\">")
                .contains("<textarea id=\"body\"")
                .containsPattern("<textarea id=\"body\"[^>]*></textarea>");

        assertThat(replier.client()
                        .submit(
                                "/en" + path,
                                "/en" + ForumFixture.replyAction(path),
                                java.util.Map.of("quote", quote, "body", "Mine too."))
                        .statusCode())
                .isEqualTo(302);
        String page = forum.visitor().get("/en" + path).body();
        assertThat(page)
                .contains("<figure class=\"quote\"><figcaption><a href=\"/en/forum/p/" + opening
                        + "\" rel=\"nofollow ugc noopener\">" + name + " wrote:</a></figcaption>\n<blockquote>\n"
                        + "<p>Heat helped my neck.</p>\n<ul><li>rest</li></ul>\n</blockquote></figure>\n"
                        + "<p>Mine too.</p>");
    }
}
