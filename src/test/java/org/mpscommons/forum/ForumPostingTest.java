package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.forum.ForumFixture.guestReply;
import static org.mpscommons.forum.ForumFixture.reply;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writing in the forum over real HTTP: topics, replies, guests' comments, review, and what is refused. */
@SiteTest
@Tag("db")
class ForumPostingTest {

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
    void aMembersTopicIsReadByVisitorsInBothLanguages() {
        ForumFixture.Member member = forum.member();
        String title = unique("Hip pain after sitting ");
        String path = startTopic(
                member.client(), title, "It started two years ago.\n\nI was told it was a **disc herniation**.");

        SiteClient visitor = forum.visitor();
        HttpResponse<String> page = visitor.get("/en" + path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(title)
                .contains("<p>It started two years ago.</p>")
                .contains("<strong>disc herniation</strong>")
                .contains("<link rel=\"canonical\" href=\"" + visitor.base() + "/en" + path + "\">");
        // The Japanese menus show the same English topic; search engines are pointed at the one English URL.
        HttpResponse<String> japanese = visitor.get("/ja" + path);
        assertThat(org.mpscommons.SiteClient.words(japanese.body()))
                .contains(title)
                .contains("コメントを残す")
                .contains("<link rel=\"canonical\" href=\"" + visitor.base() + "/en" + path + "\">");
        assertThat(visitor.get("/en/forum/c/pain-and-diagnosis").body()).contains(title);
        assertThat(visitor.get("/en/forum/").body()).contains(title);
    }

    @Test
    void aWrongSlugOrNoSlugLeadsToTheTopic() {
        String path = startTopic(forum.member().client(), unique("Slug check "), "Text.");
        long id = ForumFixture.topicId(path);
        SiteClient visitor = forum.visitor();
        assertThat(location(visitor.get("/en/forum/t/" + id + "/old-title"))).isEqualTo("/en" + path);
        assertThat(location(visitor.get("/ja/forum/t/" + id))).isEqualTo("/ja" + path);
        assertThat(visitor.get("/en/forum/t/999999999/x").statusCode()).isEqualTo(404);
    }

    @Test
    void aNewMembersFirstTopicWaitsForAModeratorAndTheAuthorSeesItWaiting() {
        ForumFixture.Member newcomer = forum.newMember();
        String title = unique("My first question ");
        HttpResponse<String> created = newcomer.client()
                .submit(
                        "/en/forum/new",
                        "/en/forum/new",
                        Map.of(
                                "category",
                                "introductions",
                                "title",
                                title,
                                "body",
                                "Hello everyone.",
                                "visibility",
                                "public"));
        assertThat(location(created)).endsWith("?posted=review");
        String path = location(created).replaceFirst("^/en", "").replaceFirst("\\?.*$", "");

        HttpResponse<String> own = newcomer.client().get(location(created));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(title).contains("Waiting for review").contains("will appear for everyone");
        assertThat(forum.visitor().get("/en" + path).statusCode()).isEqualTo(404);
        assertThat(forum.visitor().get("/en/forum/c/introductions").body()).doesNotContain(title);

        ForumFixture.Member moderator = forum.moderator();
        String queue = moderator.client().get("/en/forum/review").body();
        assertThat(queue).contains(title).contains("Hello everyone.");
        long postId = ForumFixture.postId(jdbc, path, 1);
        HttpResponse<String> approved =
                moderator.client().submit("/en/forum/review", "/en/forum/review/" + postId + "/approve", Map.of());
        assertThat(location(approved)).isEqualTo("/en/forum/review?done=approved");

        HttpResponse<String> visible = forum.visitor().get("/en" + path);
        assertThat(visible.statusCode()).isEqualTo(200);
        assertThat(visible.body()).contains("Hello everyone.").doesNotContain("Waiting for review");
        // Once one post was approved, the member's next post appears at once.
        HttpResponse<String> second = reply(newcomer.client(), path, "Thanks for letting me in.");
        assertThat(location(second)).doesNotContain("posted=review");
        assertThat(forum.visitor().get("/en" + path).body()).contains("Thanks for letting me in.");
        // A second moderator acting on the same post is told it was handled.
        assertThat(location(
                        moderator.client().submit("/en" + path, "/en/forum/review/" + postId + "/reject", Map.of())))
                .isEqualTo("/en/forum/review?done=already");
    }

    @Test
    void aGuestsShortCommentWaitsAndOnlyThatGuestSeesItUntilApproved() {
        String path = startTopic(forum.member().client(), unique("Guest comments "), "Anyone tried stretching?");
        SiteClient guest = forum.visitor();
        String comment = unique("Stretching helped me a lot ");
        HttpResponse<String> sent = guestReply(guest, path, "Hanako", comment);
        assertThat(location(sent)).contains("posted=review").endsWith("#post-2");

        String guestView = guest.get("/en" + path).body();
        assertThat(guestView).contains(comment).contains("Waiting for review").contains("Hanako");
        assertThat(guest.cookie("mps_guest")).isPresent();
        assertThat(forum.visitor().get("/en" + path).body()).doesNotContain(comment);

        ForumFixture.Member moderator = forum.moderator();
        moderator
                .client()
                .submit(
                        "/en/forum/review",
                        "/en/forum/review/" + ForumFixture.postId(jdbc, path, 2) + "/approve",
                        Map.of());
        String everyone = forum.visitor().get("/en" + path).body();
        assertThat(everyone).contains(comment).contains("Hanako").contains(">guest<");
        assertThat(jdbc.sql("SELECT reply_count FROM forum_topic WHERE id = :id")
                        .param("id", ForumFixture.topicId(path))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aGuestWhoWouldStartATopicIsToldWhyAndTheTwoWaysIn() {
        HttpResponse<String> response = forum.visitor().get("/en/forum/new?category=treatments");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Starting a topic needs an account")
                .contains("href=\"/en/register\"")
                // Signed in, they come back to the form, in the category they came from.
                .contains("href=\"/en/login?next=/en/forum/new?category%3Dtreatments\"")
                // Or a guest's comment under one of this category's topics.
                .contains("href=\"/en/forum/c/treatments\"")
                .doesNotContain("name=\"title\"");
        HttpResponse<String> ja = forum.visitor().get("/ja/forum/new");
        assertThat(SiteClient.words(ja.body())).contains("トピックを立てるにはアカウントが必要です").contains("href=\"/ja/forum/\"");
    }

    @Test
    void signingInFromATopicComesBackToTheTopic() {
        ForumFixture.Member member = forum.member();
        String path = startTopic(member.client(), unique("Come back "), "Text.");
        SiteClient visitor = forum.visitor();
        String topic = visitor.get("/en" + path).body();
        // The reply form's invitation to sign in, as the header's link, names the topic to come back to.
        assertThat(topic).contains("follow replies. <a href=\"/en/login?next=/en" + path + "\">");
        HttpResponse<String> signedIn = visitor.submit(
                "/en/login?next=/en" + path,
                "/en/login",
                Map.of("email", member.email(), "password", org.mpscommons.accounts.AccountsFixture.PASSWORD));
        assertThat(location(signedIn)).isEqualTo("/en" + path);
    }

    @Test
    void aGuestCannotStartATopic() {
        long before = posts();
        SiteClient visitor = forum.visitor();
        HttpResponse<String> response = visitor.post(
                "/en/forum/new",
                Map.of(
                        "_csrf",
                        visitor.formFields("/en/register").get("_csrf"),
                        "category",
                        "treatments",
                        "title",
                        "A guest's topic",
                        "body",
                        "Text",
                        "visibility",
                        "public"));
        // The form is a member's: sent without one (a session that ended), it is shown back, never posted.
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("A guest&#39;s topic").contains("/en/forum/keep");
        assertThat(posts()).isEqualTo(before);
    }

    @Test
    void signingInFromTheVisitorsPageComesBackToTheForm() {
        ForumFixture.Member member = forum.member();
        SiteClient browser = new SiteClient(port);
        HttpResponse<String> signedIn = browser.submit(
                "/en/login?next=/en/forum/new?category%3Dtreatments",
                "/en/login",
                Map.of("email", member.email(), "password", org.mpscommons.accounts.AccountsFixture.PASSWORD));
        assertThat(location(signedIn)).isEqualTo("/en/forum/new?category=treatments");
        assertThat(browser.get("/en/forum/new?category=treatments").body()).contains("name=\"title\"");
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() {
        ForumFixture.Member member = forum.member();
        long before = posts();
        HttpResponse<String> noTitle = member.client()
                .submit(
                        "/ja/forum/new",
                        "/ja/forum/new",
                        Map.of("category", "treatments", "title", " ", "body", "本文", "visibility", "public"));
        assertThat(noTitle.statusCode()).isEqualTo(200);
        assertThat(noTitle.body()).contains("タイトルを入力してください。").contains("本文");
        HttpResponse<String> tooLong = member.client()
                .submit(
                        "/en/forum/new",
                        "/en/forum/new",
                        Map.of(
                                "category",
                                "treatments",
                                "title",
                                "Long text",
                                "body",
                                "a".repeat(10_001),
                                "visibility",
                                "public"));
        assertThat(tooLong.body()).contains("longer than 10,000 characters");
        HttpResponse<String> noCategory = member.client()
                .submit(
                        "/en/forum/new",
                        "/en/forum/new",
                        Map.of("category", "nope", "title", "Where", "body", "Text", "visibility", "public"));
        assertThat(noCategory.body()).contains("Please choose a category.");

        String path = startTopic(member.client(), unique("Guest errors "), "Text.");
        long afterTopic = posts();
        HttpResponse<String> noName = guestReply(forum.visitor(), path, "", "A comment");
        assertThat(noName.statusCode()).isEqualTo(200);
        assertThat(noName.body())
                .contains("Please give a name to show with your comment.")
                .contains("A comment");
        HttpResponse<String> empty = reply(member.client(), path, "   ");
        assertThat(empty.body()).contains("Please write something.");
        assertThat(afterTopic).isEqualTo(before + 1);
        assertThat(posts()).isEqualTo(afterTopic);
    }

    @Test
    void anEmailAddressOrPhoneNumberIsPostedOnlyAfterTheWriterConfirms() {
        ForumFixture.Member member = forum.member();
        String path = startTopic(member.client(), unique("Contact "), "Text.");
        String body = "Write to me at hanako@example.com or call 090-1234-5678.";
        HttpResponse<String> warned = reply(member.client(), path, body);
        assertThat(warned.statusCode()).isEqualTo(200);
        assertThat(warned.body())
                .contains("This will be public")
                .contains("an email address")
                .contains("a phone number");
        assertThat(forum.visitor().get("/en" + path).body()).doesNotContain("hanako@example.com");

        HttpResponse<String> confirmed = member.client()
                .submit(
                        "/en" + path,
                        "/en" + ForumFixture.replyAction(path),
                        Map.of("body", body, "confirmPublic", "yes"));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(forum.visitor().get("/en" + path).body()).contains("hanako@example.com");
    }

    @Test
    void previewRendersTheTextAndSavesNothing() {
        ForumFixture.Member member = forum.member();
        String path = startTopic(member.client(), unique("Preview "), "Text.");
        long before = posts();
        HttpResponse<String> preview = member.client()
                .submit(
                        "/en" + path,
                        "/en" + ForumFixture.replyAction(path),
                        Map.of("body", "- one\n- two\n\n<script>alert(1)</script>", "preview", "1"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("<li>one</li>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(posts()).isEqualTo(before);
    }

    @Test
    void aNewMembersPostMayCarryOnlyAFewLinks() {
        ForumFixture.Member newcomer = forum.member();
        String path = startTopic(forum.member().client(), unique("Links "), "Text.");
        HttpResponse<String> spammy =
                reply(newcomer.client(), path, "https://a.example https://b.example https://c.example");
        assertThat(spammy.statusCode()).isEqualTo(200);
        assertThat(spammy.body()).contains("more links than a new member may include");
        assertThat(reply(newcomer.client(), path, "Two links are fine: https://a.example https://b.example")
                        .statusCode())
                .isEqualTo(302);
        // A quote's link to the quoted post is the site's own, not one of the writer's.
        assertThat(reply(
                                newcomer.client(),
                                path,
                                "> [A](/en/forum/p/2)\n>\n> > [B](/en/forum/p/1)\n> >\n> > Text.\n\n"
                                        + "Mine: https://c.example https://d.example")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void theSameTextTwiceIsPostedOnce() {
        ForumFixture.Member member = forum.member();
        String path = startTopic(member.client(), unique("Twice "), "Text.");
        assertThat(reply(member.client(), path, "Same words").statusCode()).isEqualTo(302);
        HttpResponse<String> again = reply(member.client(), path, "Same words");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("You already posted this same text.");
    }

    @Test
    void guestsFromOneAddressAreLimited() {
        String path = startTopic(forum.member().client(), unique("Limits "), "Text.");
        SiteClient guest = forum.visitor();
        for (int i = 0; i < 5; i++) {
            assertThat(guestReply(guest, path, "Guest", "Comment number " + i).statusCode())
                    .isEqualTo(302);
        }
        HttpResponse<String> sixth = guestReply(guest, path, "Guest", "Comment number 6");
        assertThat(sixth.statusCode()).isEqualTo(200);
        assertThat(sixth.body()).contains("Many comments have come without an account in the last hour.");
    }

    @Test
    void aBotFillingTheHiddenFieldIsToldWhatAGuestIsToldAndNothingIsSaved() {
        String path = startTopic(forum.member().client(), unique("Bots "), "Text.");
        long before = posts();
        HttpResponse<String> bot = forum.visitor()
                .submit(
                        "/en" + path,
                        "/en" + ForumFixture.replyAction(path),
                        Map.of("body", "Buy pills", "guestName", "Bot", "website", "http://spam.example"));
        assertThat(location(bot)).contains("posted=review");
        assertThat(posts()).isEqualTo(before);
    }

    @Test
    void membersOnlyTopicsAreInvisibleToVisitorsAndFeeds() {
        ForumFixture.Member member = forum.member();
        String title = unique("Private worries ");
        String path = startTopic(member.client(), "treatments", title, "Only for members.", "members");

        assertThat(forum.visitor().get("/en" + path).statusCode()).isEqualTo(404);
        assertThat(forum.visitor().get("/en/forum/c/treatments").body()).doesNotContain(title);
        assertThat(forum.visitor().get("/en/forum/").body()).doesNotContain(title);
        assertThat(forum.visitor().get("/feeds/en/forum.atom").body()).doesNotContain(title);
        assertThat(forum.visitor().get("/feeds/en/forum/treatments.atom").body())
                .doesNotContain(title);

        SiteClient other = forum.member().client();
        HttpResponse<String> page = other.get("/en" + path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Only for members.").contains("<meta name=\"robots\" content=\"noindex\">");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(other.get("/en/forum/c/treatments").body()).contains(title);
    }

    private long posts() {
        return jdbc.sql("SELECT COUNT(*) FROM forum_post").query(Long.class).single();
    }
}
