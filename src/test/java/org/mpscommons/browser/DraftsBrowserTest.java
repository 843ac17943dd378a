package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20's "done when": on a phone, a reply written, the session cookie dropped, the reply sent: the text is shown
 * back, comes back in the form after signing in, and is posted once. With JavaScript the page also saves the draft as
 * the member types and warns before the session's idle end; without it (and with every cookie lost) nothing is lost
 * either.
 */
class DraftsBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    JdbcClient jdbc;

    ForumFixture.Member member;
    String topicPath;

    @BeforeEach
    void topic() {
        ForumFixture forum = new ForumFixture(spring, port);
        member = forum.member();
        topicPath = ForumFixture.startTopic(
                forum.member().client(), ForumFixture.unique("Morning stiffness "), "How long does yours last?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void aReplyWhoseSessionEndedIsShownBackAndPostedOnceAfterSigningIn(String lang) {
        boolean ja = lang.equals("ja");
        phone(lang, true);
        page.clock().install();
        signIn(lang);
        Response topic = visit("/" + lang + topicPath);
        String text = ForumFixture.unique(ja ? "朝は一時間ほどこわばります " : "About an hour, less after a warm shower ");
        page.locator("#body").fill(text);
        assertThat(page.locator("[data-draft-status]")).hasText(ja ? "下書きを保存しました。" : "Draft saved.");
        assertThat(page.locator("[data-draft-discard] button")).isVisible();
        Assertions.assertThat(drafts()).as("saved on the server as typed").isEqualTo(1);

        // Twenty-seven quiet minutes later: the polite warning, and its button keeps the session.
        page.clock().runFor(27 * 60 * 1000 + 11_000);
        Locator warning = page.locator(".session-warning");
        assertThat(warning.locator("p"))
                .hasText(
                        ja
                                ? "安全のため、このまま操作がないと数分後に自動的にログアウトします。下書きは保存されています。"
                                : "For your safety, you will be signed out in a few minutes if nothing happens. Your draft is saved.");
        assertClean(topic);
        screenshot("drafts-session-warning-" + lang + "-phone");
        warning.getByText(ja ? "ログインを続ける" : "Stay signed in").click();
        assertThat(warning.locator("p")).hasText(ja ? "ログインしたままです。" : "You are still signed in.");

        context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("SESSION"));
        Response kept = page.waitForNavigation(() -> sendButton().click());
        assertThat(page.locator("h1")).containsText(ja ? "ログインの有効期限が切れました" : "Your session has ended");
        assertThat(page.locator("#body")).hasValue(text);
        assertClean(kept);
        screenshot("drafts-session-ended-" + lang + "-phone");
        Assertions.assertThat(posts(text)).as("not posted as a guest's comment").isZero();

        Response login = page.waitForNavigation(
                () -> page.locator(".kept-form button[type=submit]").click());
        assertThat(page.locator("main")).containsText(ja ? "書いた文章が入力欄に戻り" : "your text will be back in the form");
        assertClean(login);
        Response back = signInHere();
        Assertions.assertThat(page.url()).startsWith(url("/" + lang + topicPath));
        assertThat(page.locator("#body")).hasValue(text);
        assertThat(page.locator("[data-draft-status]"))
                .containsText(ja ? "書いた文章を入力欄に戻しました" : "Your text is back in the box");
        assertClean(back);

        page.waitForNavigation(() -> sendButton().click());
        assertThat(page.locator(".post-body").getByText(text.strip())).hasCount(1);
        Assertions.assertThat(posts(text)).isEqualTo(1);
        Assertions.assertThat(drafts()).as("the draft goes when posted").isZero();
    }

    @Test
    void withoutJavaScriptAndWithEveryCookieLostTheReplyIsShownBackAndPostedOnce() {
        phone("en", false);
        signIn("en");
        visit("/en" + topicPath);
        String text = ForumFixture.unique("Mine eases by noon ");
        page.locator("#body").fill(text);
        context.clearCookies();

        Response kept = page.waitForNavigation(() -> sendButton().click());
        Assertions.assertThat(kept.status()).as("not the bare 403 page").isEqualTo(200);
        assertThat(page.locator("#body")).hasValue(text);
        assertClean(kept);
        Assertions.assertThat(posts(text)).isZero();

        page.waitForNavigation(
                () -> page.locator(".kept-form button[type=submit]").click());
        signInHere();
        assertThat(page.locator("#body")).hasValue(text);
        page.waitForNavigation(() -> sendButton().click());
        assertThat(page.locator(".post-body").getByText(text.strip())).hasCount(1);
        Assertions.assertThat(posts(text)).isEqualTo(1);
    }

    private void phone(String lang, boolean javaScript) {
        openBrowser(new Browser.NewContextOptions()
                .setLocale(lang.equals("ja") ? "ja-JP" : "en-US")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setJavaScriptEnabled(javaScript));
    }

    private void signIn(String lang) {
        visit("/" + lang + "/login");
        signInHere();
    }

    /** Fills the sign-in form now shown and sends it. */
    private Response signInHere() {
        page.locator("#email").fill(member.email());
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        return page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").first().click());
    }

    private Locator sendButton() {
        return page.locator("form[action$='/reply'] button[type=submit]:not([name=preview])");
    }

    private long posts(String text) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_post WHERE body_source = :text")
                .param("text", text)
                .query(Long.class)
                .single();
    }

    private long drafts() {
        return jdbc.sql("SELECT COUNT(*) FROM forum_draft WHERE member_id = :member")
                .param("member", member.id())
                .query(Long.class)
                .single();
    }
}
