package org.mpscommons.forum.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reply or topic sent after the member's session ended (or after the browser dropped every cookie) is never posted
 * as a guest's comment and never lost: it is shown back, kept through signing in, waits in the form, and is posted
 * once when the member sends it.
 */
@SiteTest
class NeverLoseATextTest {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ForumFixture.Member member;
    String topicPath;

    @BeforeEach
    void topic() {
        ForumFixture forum = new ForumFixture(context, port);
        member = forum.member();
        topicPath = ForumFixture.startTopic(
                forum.member().client(), ForumFixture.unique("Heat or cold "), "Which helps you more?");
    }

    @Test
    void aReplySentAfterTheSessionEndedIsShownBackAndPostedOnceAfterSigningIn() {
        SiteClient browser = member.client();
        Map<String, String> form = browser.formFields("/en" + topicPath);
        String text = ForumFixture.unique("Heat helps me <b>most</b> & cold does not ");
        browser.forgetCookie("SESSION");

        HttpResponse<String> sent = send(browser, form, text);

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body())
                .contains("Your session has ended")
                .contains(escaped(text))
                .doesNotContain(text)
                .doesNotContain("name=\"guestName\"");
        assertThat(sent.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(postsWith(text))
                .as("nothing posted, as a guest or otherwise")
                .isZero();

        assertThat(signInThroughTheKeptPage(browser, sent.body(), text)).contains(escaped(text));
        HttpResponse<String> posted = ForumFixture.reply(browser, topicPath, text);
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(postsWith(text)).isEqualTo(1);
        assertThat(authorOf(text)).isEqualTo(member.id());
        assertThat(browser.get("/en" + topicPath).body())
                .as("the draft is gone once posted")
                .doesNotContain("Your unsent text")
                .doesNotContain("You are signed in again");
    }

    @Test
    void aReplySentWithEveryCookieLostIsShownBackWithoutAnyStateSaved() {
        SiteClient browser = member.client();
        Map<String, String> form = browser.formFields("/en" + topicPath);
        String text = ForumFixture.unique("Stretching in the bath ");
        browser.forgetCookie("SESSION");
        browser.forgetCookie("mps_csrf");
        browser.forgetCookie("mps_remember");

        HttpResponse<String> sent = send(browser, form, text);

        assertThat(sent.statusCode()).as("not the bare 403 page").isEqualTo(200);
        assertThat(sent.body()).contains("Your session has ended").contains(escaped(text));
        assertThat(browser.cookie("SESSION"))
                .as("no session made for a request that may come from another site")
                .isEmpty();
        assertThat(postsWith(text)).isZero();

        // The page's own form, with its fresh token, is what keeps the text: the member's own click.
        assertThat(signInThroughTheKeptPage(browser, sent.body(), text)).contains(escaped(text));
        assertThat(ForumFixture.reply(browser, topicPath, text).statusCode()).isEqualTo(302);
        assertThat(postsWith(text)).isEqualTo(1);
    }

    @Test
    void theKeepingFormNeedsItsOwnToken() {
        SiteClient browser = member.client();
        browser.forgetCookie("SESSION");
        browser.forgetCookie("mps_csrf");
        HttpResponse<String> kept = browser.post(
                "/en/forum/keep",
                Map.of("place", "topic:" + ForumFixture.topicId(topicPath), "body", "Sent by another site"));
        assertThat(kept.statusCode()).isEqualTo(403);
        assertThat(browser.cookie("SESSION")).isEmpty();
    }

    @Test
    void aGuestsCommentStaysAGuestsComment() {
        SiteClient guest = new SiteClient(port);
        String text = ForumFixture.unique("As a guest: warm towels ");
        HttpResponse<String> sent = ForumFixture.guestReply(guest, topicPath, "Hana", text);
        // The guest form's own answer (a comment waits for review), not the page for a member whose session ended.
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(AccountsFixture.location(sent)).contains("posted=review");
    }

    @Test
    void aNewStorySentAfterTheSessionEndedComesBackInTheNewTopicForm() {
        SiteClient browser = member.client();
        Map<String, String> form = browser.formFields("/en/forum/new?category=recovery-stories");
        String title = ForumFixture.unique("How I got my shoulder back ");
        String text = "Two years of pain, then a physiotherapist who found the trigger points.";
        browser.forgetCookie("SESSION");
        form.putAll(Map.of(
                "category", "recovery-stories", "title", title, "body", text, "language", "", "visibility", "public"));

        HttpResponse<String> sent = browser.post("/en/forum/new", form);

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body())
                .contains("Your session has ended")
                .contains(escaped(title))
                .contains(text);
        assertThat(topicsTitled(title)).isZero();

        Map<String, String> keep = hiddenFields(sent.body());
        keep.put("title", title);
        keep.put("body", text);
        HttpResponse<String> kept = browser.post("/en/forum/keep", keep);
        assertThat(AccountsFixture.location(kept)).startsWith("/en/login?kept");
        HttpResponse<String> signedIn = signInFrom(browser, AccountsFixture.location(kept));
        assertThat(AccountsFixture.location(signedIn)).isEqualTo("/en/forum/new?category=recovery-stories");
        String newTopic = browser.get("/en/forum/new?category=recovery-stories").body();
        assertThat(newTopic).contains("value=\"" + escaped(title) + "\"").contains(text + "</textarea>");

        ForumFixture.startTopic(browser, "recovery-stories", title, text, "public");
        assertThat(topicsTitled(title)).isEqualTo(1);
        assertThat(browser.get("/en/forum/new?category=recovery-stories").body())
                .doesNotContain(escaped(title));
    }

    @Test
    void withTwoFactorsTheCodeStepLeadsBackToTheFormToo() {
        AccountsFixture.FullySignedIn signedIn = AccountsFixture.fullySignedIn(port, member.email());
        SiteClient browser = signedIn.client();
        Map<String, String> form = browser.formFields("/en" + topicPath);
        String text = ForumFixture.unique("Written with two factors ");
        browser.forgetCookie("SESSION");
        HttpResponse<String> sent = send(browser, form, text);
        Map<String, String> keep = hiddenFields(sent.body());
        keep.put("body", text);
        String login = AccountsFixture.location(browser.post("/en/forum/keep", keep));
        assertThat(login).startsWith("/en/login?kept");

        HttpResponse<String> password = signInFrom(browser, login);
        assertThat(AccountsFixture.location(password)).isEqualTo("/en/login/code");
        HttpResponse<String> code =
                browser.submit("/en/login/code", "/en/login/code", Map.of("code", signedIn.nextCode()));
        assertThat(AccountsFixture.location(code)).startsWith("/en/forum/t/" + ForumFixture.topicId(topicPath));
        assertThat(browser.get("/en" + topicPath).body()).contains(escaped(text) + "</textarea>");
        assertThat(postsWith(text)).isZero();
    }

    /** Presses "sign in to send it" on the page that showed the text back, signs in, and returns the form's page. */
    private String signInThroughTheKeptPage(SiteClient browser, String keptPage, String text) {
        Map<String, String> keep = hiddenFields(keptPage);
        assertThat(keep).containsKey("place");
        keep.put("body", text);
        HttpResponse<String> kept = browser.post("/en/forum/keep", keep);
        String login = AccountsFixture.location(kept);
        assertThat(login).startsWith("/en/login?kept");
        assertThat(browser.get(login).body()).contains("your text will be back in the form");

        HttpResponse<String> signedIn = signInFrom(browser, login);
        String back = AccountsFixture.location(signedIn);
        assertThat(back).startsWith("/en/forum/t/" + ForumFixture.topicId(topicPath));
        HttpResponse<String> topic = browser.get(back.replaceFirst("#.*$", ""));
        assertThat(AccountsFixture.location(topic))
                .as("to the reply box the text waits in")
                .isEqualTo("/en" + topicPath + "#reply-heading");
        String page = browser.get("/en" + topicPath).body();
        assertThat(page).contains("You are signed in again");
        return page.substring(page.indexOf("<textarea id=\"body\""));
    }

    /** Signs in with the form of the sign-in page at {@code login}, as the browser that was sent there. */
    private HttpResponse<String> signInFrom(SiteClient browser, String login) {
        return browser.submit(
                login, "/en/login", Map.of("email", member.email(), "password", AccountsFixture.PASSWORD));
    }

    private HttpResponse<String> send(SiteClient browser, Map<String, String> form, String text) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("body", text);
        return browser.post("/en/forum/t/" + ForumFixture.topicId(topicPath) + "/reply", fields);
    }

    private long postsWith(String text) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_post WHERE body_source = :text")
                .param("text", text)
                .query(Long.class)
                .single();
    }

    private long authorOf(String text) {
        return jdbc.sql("SELECT author_id FROM forum_post WHERE body_source = :text")
                .param("text", text)
                .query(Long.class)
                .single();
    }

    private long topicsTitled(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_topic WHERE title = :title")
                .param("title", title)
                .query(Long.class)
                .single();
    }

    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(html);
        while (hidden.find()) {
            fields.putIfAbsent(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
