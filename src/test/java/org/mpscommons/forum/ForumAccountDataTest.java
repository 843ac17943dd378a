package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Download my data" holds what a member wrote in the forum and sent about articles, not only their account. */
@SiteTest
class ForumAccountDataTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theExportHoldsPostsFollowsAndErrorReports() {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member member = forum.member();
        String title = ForumFixture.unique("My own topic ");
        String path = ForumFixture.startTopic(member.client(), title, "What I wrote about my back.");
        String report = ForumFixture.unique("The figure in the second section is out of date ");
        member.client().submit("/en/articles/sciatica", "/en/articles/sciatica/report", Map.of("body", report));

        var export = member.client()
                .submit("/en/account/export", "/en/account/export", Map.of("password", AccountsFixture.PASSWORD));
        JsonNode data = JsonMapper.builder().build().readTree(export.body());
        JsonNode post = data.get("forum").get("posts").get(0);
        assertThat(post.get("topicTitle").asString()).isEqualTo(title);
        assertThat(post.get("text").asString()).isEqualTo("What I wrote about my back.");
        assertThat(data.get("forum").get("followedTopicIds").get(0).asLong()).isEqualTo(ForumFixture.topicId(path));
        assertThat(data.get("articleReports").get(0).get("text").asString()).isEqualTo(report);
        assertThat(data.get("articleReports").get(0).get("status").asString()).isEqualTo("OPEN");
    }
}
