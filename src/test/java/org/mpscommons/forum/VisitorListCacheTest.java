package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Tag;
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
 * Visitors' forum lists (the front page, a category, their feeds) come from memory too, and a change to any topic in
 * a list shows at once: the list's version is the newest of its topics' versions, which one sequence hands out.
 */
@SiteTest
@Tag("db")
class VisitorListCacheTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCategoryPageIsServedFromMemoryUntilATopicInItChanges() throws Exception {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member member = forum.member();
        String category = "/en/forum/c/pain-and-diagnosis";
        String first = unique("Listed first ");
        startTopic(member.client(), first, "The first topic's text.");
        assertThat(forum.visitor().get(category).body()).contains(first);
        mvc.perform(get(category)).andExpect(status().isOk());
        // Served again from memory: at most the list's version, read again once a second.
        int statements = SqlStatements.count(() -> mvc.perform(get(category)).andExpect(status().isOk()));
        assertThat(statements).isLessThanOrEqualTo(1);

        String second = unique("Listed second ");
        String path = startTopic(member.client(), second, "The second topic's text.");
        assertThat(forum.visitor().get(category).body()).contains(second);
        assertThat(forum.visitor().get("/en/forum/").body()).contains(second);
        assertThat(forum.visitor().get("/feeds/en/forum.atom").body()).contains(second);

        String retitled = unique("Retitled ");
        String edit = "/en/forum/p/" + ForumFixture.postId(jdbc, path, 1) + "/edit";
        member.client().submit(edit, edit, Map.of("title", retitled, "body", "Text, edited."));
        assertThat(forum.visitor().get(category).body()).contains(retitled).doesNotContain(second);
    }

    @Test
    void aBrowserThatHoldsTheListRevalidatesIt() {
        SiteClient visitor = new ForumFixture(context, port).visitor();
        String category = "/en/forum/c/pain-and-diagnosis";
        visitor.get(category);
        HttpResponse<String> copy = visitor.get(category);
        String etag = copy.headers().firstValue("ETag").orElseThrow();
        assertThat(copy.headers().firstValue("Cache-Control")).hasValue("no-cache");

        HttpResponse<String> again = visitor.get(category, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // A visitor's list holds no form of theirs, so any browser holding it may keep it.
        assertThat(new SiteClient(port).get(category, "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        // A topic page holds a comment form with its signed time: never revalidated, always sent afresh.
        String topic = startTopic(
                new ForumFixture(context, port).member().client(), unique("No ETag "), "A topic page's text.");
        visitor.get("/en" + topic);
        assertThat(visitor.get("/en" + topic).headers().firstValue("ETag")).isEmpty();
    }
}
