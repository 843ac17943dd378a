package org.mpscommons.forum.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.forum.ForumFixture.reply;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.TestMailServer;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Following, reacting and being told: in the bell on every page, on the notifications page, and by mail (at once, in
 * a daily digest, or never, with a working one-click unsubscribe link in every mail).
 */
@SiteTest
@Tag("db")
class NotificationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Digests digests;

    ForumFixture forum;

    @BeforeEach
    void setUp() {
        TestMailServer.shared();
        forum = new ForumFixture(context, port);
    }

    @Test
    void aReplyReachesTheTopicsAuthorInTheBellAndByMail() throws Exception {
        ForumFixture.Member asker = forum.member();
        String title = unique("Does stretching help ");
        String path = startTopic(asker.client(), title, "My calves hurt at night.");
        ForumFixture.Member helper = forum.member();
        String words = unique("Yes, gently, every evening ");
        reply(helper.client(), path, words);

        await(() -> unread(asker) == 1);
        assertThat(asker.client().get("/en/").body()).contains("Notifications <span class=\"unread\">(1 new)</span>");
        String list = asker.client().get("/en/notifications").body();
        assertThat(list).contains("replied in “" + title + "”").contains("/en/forum/p/");
        assertThat(unread(asker)).isZero();

        MimeMessage mail = TestMailServer.awaitMail(asker.email(), "replied in");
        String text = TestMailServer.plainText(mail);
        assertThat(text).contains(words).contains("/en/forum/p/").contains("/en/unsubscribe?member=" + asker.id());
        // The helper follows the topic now too, but is not told about their own reply.
        assertThat(unread(helper)).isZero();

        // Mail programs can offer "unsubscribe" themselves (RFC 8058): the header names the same signed link.
        assertThat(mail.getHeader("List-Unsubscribe")[0])
                .startsWith("<http")
                .contains("/en/unsubscribe?member=" + asker.id());
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        // The unsubscribe link from the mail works without signing in, after one button.
        String link = TestMailServer.link(mail, "/en/unsubscribe?member=");
        SiteClient fromMail = forum.visitor();
        assertThat(fromMail.get(link).statusCode()).isEqualTo(200);
        var stopped = fromMail.submit(link, "/en/unsubscribe", Map.of());
        assertThat(location(stopped)).isEqualTo("/en/unsubscribe?done");
        assertThat(mode(asker)).isEqualTo("NEVER");
        assertThat(fromMail.get("/en/unsubscribe?member=" + asker.id() + "&token=forged")
                        .statusCode())
                .isEqualTo(404);
        // A mail program's one-click POST to the link, with no page and no CSRF token, works too; a forged one does
        // not.
        jdbc.sql("UPDATE forum_member SET email_mode = 'IMMEDIATE' WHERE member_id = :id")
                .param("id", asker.id())
                .update();
        assertThat(forum.visitor()
                        .post(
                                "/en/unsubscribe?member=" + asker.id() + "&token=forged",
                                Map.of("List-Unsubscribe", "One-Click"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(forum.visitor()
                        .post(link, Map.of("List-Unsubscribe", "One-Click"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(mode(asker)).isEqualTo("NEVER");

        reply(forum.member().client(), path, unique("Another reply "));
        await(() -> unread(asker) == 1);
        Thread.sleep(500);
        assertThat(forumMails(asker)).hasSize(1);
    }

    @Test
    void aDailyDigestGathersWhatHappened() {
        ForumFixture.Member asker = forum.member();
        asker.client().submit("/en/notifications/settings", "/en/notifications/settings", Map.of("email", "DAILY"));
        assertThat(mode(asker)).isEqualTo("DAILY");
        String path = startTopic(asker.client(), unique("Digest "), "Question.");
        reply(forum.member().client(), path, unique("First answer "));
        reply(forum.member().client(), path, unique("Second answer "));
        await(() -> unread(asker) == 2);
        assertThat(forumMails(asker)).isEmpty();

        digests.sendDue();
        MimeMessage digest = TestMailServer.awaitMail(asker.email(), "2 new notifications");
        assertThat(TestMailServer.plainText(digest)).contains("replied in").contains("/en/unsubscribe?member=");
        digests.sendDue();
        assertThat(forumMails(asker)).hasSize(1);
    }

    @Test
    void reactionsCountOncePerMemberAndTellTheAuthor() {
        ForumFixture.Member author = forum.member();
        String path = startTopic(author.client(), unique("Reactions "), "What helped me: heat and rest.");
        long opening = ForumFixture.postId(jdbc, path, 1);
        ForumFixture.Member reader = forum.member();

        var helpful =
                reader.client().submit("/en" + path, "/en/forum/p/" + opening + "/react", Map.of("kind", "helpful"));
        assertThat(location(helpful)).endsWith("#post-1");
        reader.client().submit("/en" + path, "/en/forum/p/" + opening + "/react", Map.of("kind", "me-too"));
        String page = reader.client().get("/en" + path).body();
        assertThat(page)
                .contains("value=\"helpful\" aria-pressed=\"true\"")
                .contains("value=\"me-too\" aria-pressed=\"true\"");
        assertThat(counts(opening)).isEqualTo("1/1");
        // Pressed again, it is taken back.
        reader.client().submit("/en" + path, "/en/forum/p/" + opening + "/react", Map.of("kind", "me-too"));
        assertThat(counts(opening)).isEqualTo("1/0");
        assertThat(forum.visitor().get("/en" + path).body()).contains("Helpful: 1 · Me too: 0");
        // Nobody reacts to their own post.
        assertThat(author.client()
                        .submit("/en" + path, "/en/forum/p/" + opening + "/react", Map.of("kind", "helpful"))
                        .statusCode())
                .isEqualTo(404);
        await(() -> unread(author) >= 1);
        assertThat(author.client().get("/en/notifications").body()).contains("reacted to your post");
    }

    @Test
    void aReactionWaitsForTheDailyMailUnlessTheMemberAskedForEverythingAtOnce() {
        // A member who never opened the settings: replies at once, reactions in the morning's mail.
        ForumFixture.Member author = forum.member();
        assertThat(mode(author)).as("no choice stored").isNull();
        String title = unique("Heat or ice ");
        String path = startTopic(author.client(), title, "Heat helped my neck more than ice.");
        long opening = ForumFixture.postId(jdbc, path, 1);
        forum.member().client().submit("/en" + path, "/en/forum/p/" + opening + "/react", Map.of("kind", "helpful"));
        await(() -> unread(author) == 1);
        reply(forum.member().client(), path, unique("Heat for me too "));
        // Mails leave the outbox one at a time, in order: once the reply's mail is here, a reaction mail would be too.
        TestMailServer.awaitMail(author.email(), "replied in");
        assertThat(TestMailServer.mailsTo(author.email()))
                .extracting(TestMailServer::subject)
                .noneMatch(subject -> subject.contains("reacted"));
        assertThat(author.client().get("/en/notifications/settings").body()).contains("value=\"STANDARD\" checked");

        digests.sendDue();
        MimeMessage digest = TestMailServer.awaitMail(author.email(), "1 new notification from the forum");
        assertThat(TestMailServer.plainText(digest))
                .contains("reacted to your post in “" + title + "”")
                .contains("/en/forum/p/" + opening)
                // The reply went out at once and is not told twice.
                .doesNotContain("replied in");

        // Who chose "everything at once" hears of a reaction at once.
        author.client()
                .submit("/en/notifications/settings", "/en/notifications/settings", Map.of("email", "IMMEDIATE"));
        assertThat(mode(author)).isEqualTo("IMMEDIATE");
        forum.member().client().submit("/en" + path, "/en/forum/p/" + opening + "/react", Map.of("kind", "me-too"));
        TestMailServer.awaitMail(author.email(), "reacted to your post");
    }

    @Test
    void aReplyMailSetsTheQuoteApartFromTheReplyInPlainTextAndHtml() throws Exception {
        ForumFixture.Member asker = forum.member();
        String askerName = displayName(asker);
        String path = startTopic(asker.client(), unique("Quoted "), "My calves hurt at night.");
        long opening = ForumFixture.postId(jdbc, path, 1);
        ForumFixture.Member helper = forum.member();
        String helperName = displayName(helper);
        reply(
                helper.client(),
                path,
                "> [" + askerName + "](/en/forum/p/" + opening + ")\n> My calves hurt at night.\n\n"
                        + "Try <b>heat</b> & \"rest\" <img src=x onerror=alert(1)>.");

        MimeMessage mail = TestMailServer.awaitMail(asker.email(), "replied in");
        assertThat(mail.isMimeType("multipart/alternative")).isTrue();
        // Mail travels with CRLF line ends.
        String plain = TestMailServer.plainText(mail).replace("\r\n", "\n");
        assertThat(plain)
                .contains(helperName + " quoted:\n> " + askerName + " wrote:\n> My calves hurt at night.")
                .contains(helperName + " wrote:\nTry <b>heat</b> & \"rest\" <img src=x onerror=alert(1)>.");

        String html = TestMailServer.html(mail);
        assertThat(html)
                .contains("<html lang=\"en\">")
                .containsPattern("<blockquote[^>]*>.*My calves hurt at night\\.</p></blockquote>")
                .contains("Try &lt;b&gt;heat&lt;/b&gt; &amp; &quot;rest&quot; &lt;img src=x onerror=alert(1)&gt;.")
                .doesNotContain("<b>heat")
                .doesNotContain("<img");
        // The reply's own words are outside the quote.
        assertThat(html.indexOf("Try &lt;b&gt;")).isGreaterThan(html.indexOf("</blockquote>"));
    }

    @Test
    void mentionsNotifyAndIgnoringSilencesAMember() {
        ForumFixture.Member mentioned = forum.member();
        String name = displayName(mentioned);
        ForumFixture.Member writer = forum.member();
        String path =
                startTopic(writer.client(), unique("Mentions "), "Hello @" + name + ", what did your doctor say?");
        await(() -> unread(mentioned) == 1);
        assertThat(mentioned.client().get("/en/notifications").body()).contains("mentioned you");
        assertThat(forum.visitor().get("/en" + path).body())
                .contains("<a href=\"/en/members/" + mentioned.id() + "\" rel=\"nofollow ugc noopener\">&#64;" + name
                        + "</a>");

        // The mentioned member ignores the writer: the writer's posts fold away and mention no more.
        mentioned
                .client()
                .submit("/en" + path, "/en/forum/p/" + ForumFixture.postId(jdbc, path, 1) + "/ignore-author", Map.of());
        assertThat(mentioned.client().get("/en" + path).body())
                .contains("You are ignoring this member")
                .doesNotContain("<p>Hello @");
        reply(writer.client(), path, "Again, @" + name + "?");
        reply(forum.member().client(), path, "Unrelated reply that wakes the queue");
        await(() -> jdbc.sql("SELECT COUNT(*) FROM notification WHERE post_id = :post")
                        .param("post", ForumFixture.postId(jdbc, path, 3))
                        .query(Long.class)
                        .single()
                >= 1);
        assertThat(unread(mentioned)).isZero();
    }

    @Test
    void followingACategoryTellsOfNewTopics() {
        ForumFixture.Member follower = forum.member();
        var followed = follower.client()
                .submit("/en/forum/c/recovery-stories", "/en/forum/c/recovery-stories/follow", Map.of());
        assertThat(location(followed)).isEqualTo("/en/forum/c/recovery-stories");
        assertThat(follower.client().get("/en/forum/c/recovery-stories").body())
                .contains("Stop following this category");
        String title = unique("Free of pain after a year ");
        startTopic(forum.member().client(), "recovery-stories", title, "My story.", "public");
        await(() -> unread(follower) == 1);
        assertThat(follower.client().get("/en/notifications").body()).contains("started a new topic: “" + title + "”");
    }

    @Test
    void flaggedPostsReachTheModeratorsWhoHideThem() {
        ForumFixture.Member author = forum.member();
        String path = startTopic(author.client(), unique("Flags "), "A question.");
        String bad = unique("Stop all your medicines now ");
        reply(author.client(), path, bad);
        long postId = ForumFixture.postId(jdbc, path, 2);
        ForumFixture.Member reader = forum.member();
        var flagged = reader.client()
                .submit(
                        "/en" + path,
                        "/en/forum/p/" + postId + "/flag",
                        Map.of("reason", "misinformation", "note", "Dangerous advice"));
        assertThat(location(flagged)).contains("posted=flagged");
        assertThat(reader.client().get(location(flagged)).body()).contains("The moderators will look at this post.");

        ForumFixture.Member moderator = forum.moderator();
        String queue = moderator.client().get("/en/forum/review").body();
        assertThat(queue).contains(bad).contains("Health information that could harm someone: Dangerous advice");
        var hidden =
                moderator.client().submit("/en/forum/review", "/en/forum/review/flags/" + postId + "/hide", Map.of());
        assertThat(location(hidden)).isEqualTo("/en/forum/review?done=hidden");
        assertThat(forum.visitor().get("/en" + path).body()).doesNotContain(bad).contains("A moderator hid this post.");
        assertThat(moderator.client().get("/en/forum/review").body()).doesNotContain(bad);
    }

    @Test
    void membersSeeOnlyTheirOwnNotifications() {
        ForumFixture.Member asker = forum.member();
        String title = unique("Private bell ");
        String path = startTopic(asker.client(), title, "Question.");
        reply(forum.member().client(), path, "Answer.");
        await(() -> unread(asker) == 1);
        ForumFixture.Member other = forum.member();
        assertThat(other.client().get("/en/notifications").body()).doesNotContain(title);
        assertThat(location(forum.visitor().get("/en/notifications"))).isEqualTo("/en/login");
    }

    /** The mails the forum sent this member (not the one that confirmed their address). */
    private static java.util.List<MimeMessage> forumMails(ForumFixture.Member member) {
        return TestMailServer.mailsTo(member.email()).stream()
                .filter(mail -> TestMailServer.subject(mail).contains("forum")
                        || TestMailServer.subject(mail).contains("“"))
                .toList();
    }

    private long unread(ForumFixture.Member member) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE member_id = :member AND read_at IS NULL")
                .param("member", member.id())
                .query(Long.class)
                .single();
    }

    /** The stored choice; null when the member never chose (and has the default). */
    private String mode(ForumFixture.Member member) {
        return jdbc.sql("SELECT email_mode FROM forum_member WHERE member_id = :member")
                .param("member", member.id())
                .query(String.class)
                .list()
                .get(0);
    }

    private String counts(long postId) {
        return jdbc.sql("SELECT helpful, me_too FROM forum_post WHERE id = :id")
                .param("id", postId)
                .query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2))
                .single();
    }

    private String displayName(ForumFixture.Member member) {
        return jdbc.sql("SELECT display_name FROM member WHERE id = :id")
                .param("id", member.id())
                .query(String.class)
                .single();
    }

    /** Notifications are written after the request has answered; wait for them a little. */
    static void await(BooleanSupplier condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("condition not met within 10 s");
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
