package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.forum.ForumFixture.reply;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** What deleting an account does to what the member wrote: their choice, made on the delete form. */
@SiteTest
@Tag("db")
class ForumAccountDeletionTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void keptPostsStayUnderDeletedMember() {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member leaving = forum.member();
        String text = unique("Words that stay ");
        String path = startTopic(leaving.client(), unique("Staying topic "), text);
        String name = displayName(leaving, path);

        delete(leaving, "keep");
        String page = forum.visitor().get("/en" + path).body();
        assertThat(page).contains(text).contains("Deleted member").doesNotContain(name);
    }

    @Test
    void deletedPostsAreErasedAndTheirUnansweredTopicsRemoved() {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member leaving = forum.member();
        ForumFixture.Member staying = forum.member();
        String alone = startTopic(leaving.client(), unique("Nobody answered "), "Lonely question.");
        String shared = startTopic(staying.client(), unique("Shared topic "), "A question.");
        String words = unique("My reply that goes ");
        reply(leaving.client(), shared, words);
        reply(staying.client(), shared, "A reply that stays.");

        delete(leaving, "delete");
        assertThat(forum.visitor().get("/en" + alone).statusCode()).isEqualTo(404);
        String page = forum.visitor().get("/en" + shared).body();
        assertThat(page)
                .doesNotContain(words)
                .contains("This post was deleted by its author.")
                .contains("A reply that stays.")
                .contains("id=\"post-3\"");
    }

    private void delete(ForumFixture.Member member, String posts) {
        var response = member.client()
                .submit("/en/account/delete", "/en/account/delete", Map.of("password", PASSWORD, "posts", posts));
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private String displayName(ForumFixture.Member member, String path) {
        String page = member.client().get("/en" + path).body();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
                        "<a href=\"/en/members/" + member.id() + "\">([^<]+)</a>")
                .matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
