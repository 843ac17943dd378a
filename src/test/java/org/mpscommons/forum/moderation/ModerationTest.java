package org.mpscommons.forum.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.forum.ForumFixture.reply;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may moderate, and what hiding a post does for readers. */
@SiteTest
@Tag("db")
class ModerationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ForumFixture forum;

    @BeforeEach
    void setUp() {
        forum = new ForumFixture(context, port);
    }

    @Test
    void onlyModeratorsSignedInWithTwoFactorsReachTheQueueOrAct() {
        String path = startTopic(forum.member().client(), unique("Permissions "), "Text.");
        long postId = ForumFixture.postId(jdbc, path, 1);

        assertThat(location(forum.visitor().get("/en/forum/review"))).isEqualTo("/en/login");
        ForumFixture.Member member = forum.member();
        assertThat(member.client().get("/en/forum/review").statusCode()).isEqualTo(403);
        assertThat(member.client()
                        .submit("/en" + path, "/en/forum/moderate/" + postId + "/hide", Map.of())
                        .statusCode())
                .isEqualTo(403);
        // A moderator who signed in with the password but has not set up the second factor is refused too.
        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, email, Role.MODERATOR);
        var halfSignedIn = AccountsFixture.signedIn(port, email);
        assertThat(halfSignedIn.get("/en/account").statusCode()).isEqualTo(200);
        assertThat(AccountsFixture.location(halfSignedIn.get("/en/forum/review")))
                .isEqualTo("/en/account/two-factor?required");

        assertThat(forum.moderator().client().get("/en/forum/review").statusCode())
                .isEqualTo(200);
        assertThat(status(postId)).isEqualTo("VISIBLE");
    }

    @Test
    void aHiddenPostShowsAPlaceholderToReadersAndItsTextToModerators() {
        ForumFixture.Member author = forum.member();
        String path = startTopic(author.client(), unique("Hiding "), "Opening words.");
        String spam = unique("Miracle cure, buy now ");
        reply(author.client(), path, spam);
        long replyId = ForumFixture.postId(jdbc, path, 2);
        ForumFixture.Member moderator = forum.moderator();

        var hidden = moderator
                .client()
                .submit("/en" + path, "/en/forum/moderate/" + replyId + "/hide", Map.of("reason", "advertising"));
        assertThat(location(hidden)).endsWith("#post-2");
        String visitorView = forum.visitor().get("/en" + path).body();
        assertThat(visitorView).doesNotContain(spam).contains("A moderator hid this post.");
        assertThat(moderator.client().get("/en" + path).body()).contains(spam).contains("Show this post again");
        assertThat(replyCount(path)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'forum.hide' AND reason = 'advertising'"
                                + " AND detail = :detail")
                        .param("detail", "post " + replyId + " in topic " + ForumFixture.topicId(path))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        moderator.client().submit("/en" + path, "/en/forum/moderate/" + replyId + "/restore", Map.of());
        assertThat(forum.visitor().get("/en" + path).body()).contains(spam);
        assertThat(replyCount(path)).isEqualTo(1);
    }

    @Test
    void aRejectedGuestCommentNeverAppears() {
        String path = startTopic(forum.member().client(), unique("Reject "), "Text.");
        String comment = unique("Visit my shop ");
        ForumFixture.guestReply(forum.visitor(), path, "Shop", comment);
        ForumFixture.Member moderator = forum.moderator();
        var rejected = moderator
                .client()
                .submit(
                        "/en/forum/review",
                        "/en/forum/review/" + ForumFixture.postId(jdbc, path, 2) + "/reject",
                        Map.of("reason", "spam"));
        assertThat(location(rejected)).isEqualTo("/en/forum/review?done=rejected");
        assertThat(forum.visitor().get("/en" + path).body()).doesNotContain(comment);
        assertThat(moderator.client().get("/en/forum/review").body()).doesNotContain(comment);
    }

    @Test
    void aModeratorSuspendsAnAuthorButNotAnotherModerator() {
        ForumFixture.Member spammer = forum.member();
        String path = startTopic(spammer.client(), unique("Cheap pills "), "Buy now.");
        long postId = ForumFixture.postId(jdbc, path, 1);
        ForumFixture.Member moderator = forum.moderator();

        var noReason =
                moderator.client().submit("/en" + path, "/en/forum/moderate/" + postId + "/suspend-author", Map.of());
        assertThat(location(noReason)).contains("posted=suspendReason");
        assertThat(spammer.client().get("/en/account").statusCode()).isEqualTo(200);

        var suspended = moderator
                .client()
                .submit(
                        "/en" + path,
                        "/en/forum/moderate/" + postId + "/suspend-author",
                        Map.of("reason", "Advertising medicines"));
        assertThat(location(suspended)).contains("posted=suspended");
        assertThat(moderator.client().get(location(suspended)).body()).contains("The member is suspended");
        assertThat(location(spammer.client().get("/en/account"))).isEqualTo("/en/login");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'member.suspend' AND target_id = :id")
                        .param("id", spammer.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        ForumFixture.Member otherModerator = forum.moderator();
        String theirs = startTopic(otherModerator.client(), unique("Moderator topic "), "Hello.");
        var refused = moderator
                .client()
                .submit(
                        "/en" + theirs,
                        "/en/forum/moderate/" + ForumFixture.postId(jdbc, theirs, 1) + "/suspend-author",
                        Map.of("reason", "Test"));
        assertThat(location(refused)).contains("posted=suspendRefused");
        assertThat(otherModerator.client().get("/en/account").statusCode()).isEqualTo(200);
    }

    private String status(long postId) {
        return jdbc.sql("SELECT status FROM forum_post WHERE id = :id")
                .param("id", postId)
                .query(String.class)
                .single();
    }

    private int replyCount(String path) {
        return jdbc.sql("SELECT reply_count FROM forum_topic WHERE id = :id")
                .param("id", ForumFixture.topicId(path))
                .query(Integer.class)
                .single();
    }
}
