package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What features put on the home page, on H2 and on PostgreSQL: the latest public topics with the start of their
 * opening posts, recovery stories from their category, featured articles; never a members-only topic.
 */
@SiteTest
@Tag("db")
class HomeSectionsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theHomePageShowsTheLatestPublicTopicsStoriesAndFeaturedArticles() {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member member = forum.member();
        String story = "How my shoulder got better " + ForumFixture.unique("");
        String storyPath = ForumFixture.startTopic(
                member.client(),
                "recovery-stories",
                story,
                "After two years of headaches, a physiotherapist found a tender spot above my shoulder blade.",
                "public");
        String privateTitle = "Only for members " + ForumFixture.unique("");
        ForumFixture.startTopic(member.client(), "treatments", privateTitle, "A question for members only.", "members");

        String home = forum.visitor().get("/en/").body();
        assertThat(home)
                .contains(story)
                .contains("href=\"/en" + storyPath + "\"")
                .contains("After two years of headaches, a physiotherapist found a tender spot")
                .doesNotContain(privateTitle);
        // The story is the newest topic of all, and the newest recovery story: in both lists.
        assertThat(home.split(java.util.regex.Pattern.quote(story), -1)).hasSize(3);
        assertThat(home).contains("Featured articles").containsPattern("href=\"/en/articles/[a-z0-9-]+\"");
        assertThat(home).doesNotContain("href=\"/en/articles/editorial-policy\"");
    }
}
