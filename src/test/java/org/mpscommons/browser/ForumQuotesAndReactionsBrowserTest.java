package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a phone, a member quotes a post, and the quote names its writer with a link back to the quoted words; reactions
 * and following change in place, without reloading the page, when JavaScript runs, and by the forms' own reload when
 * it does not.
 */
class ForumQuotesAndReactionsBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withJavaScriptAQuoteNamesItsWriterAndReactionsAndFollowingChangeInPlace() {
        ForumFixture forum = new ForumFixture(application, port);
        ForumFixture.Member author = forum.member();
        String title = AccountsFixture.unique("Heat or ice for a stiff neck ");
        String path = ForumFixture.startTopic(
                author.client(), title, "Heat helped my neck more than ice.\n\nI use a warm towel for ten minutes.");
        String authorName = displayName(author.id());
        String replier = trustedMember();
        openBrowser(phone("en-US", true));
        signIn(replier);
        visit("/en" + path);

        // Quoting: the reply form is filled, the live preview already names the writer.
        Response quoting = page.waitForNavigation(
                () -> page.locator("#post-1 .quote-link a").click());
        assertClean(quoting);
        // The quote is a card above the text box, which stays empty for the answer.
        assertThat(page.locator(".compose-quote .compose-card-title")).hasText("Quoting " + authorName + ":");
        assertThat(page.locator("#body")).hasValue("");
        page.locator("#body").press("Control+End");
        page.locator("#body").pressSequentially("Heat works for me too.");
        assertThat(page.locator(".live-preview figure.quote figcaption")).hasText(authorName + " wrote:");
        Response replied = page.waitForNavigation(() -> page.locator("section.reply .actions button[type=submit]")
                .first()
                .click());
        assertClean(replied);
        Locator caption = page.locator("#post-2 figure.quote figcaption a");
        assertThat(caption).hasText(authorName + " wrote:");
        assertThat(page.locator("#post-2 figure.quote blockquote")).containsText("Heat helped my neck more than ice.");
        assertThat(page.locator("#post-2 .post-body > p")).hasText("Heat works for me too.");
        assertAtLeast44(caption);

        // Reacting: the count changes where it is; the page is not loaded again.
        AtomicInteger navigations = countNavigations();
        page.evaluate("window.stillTheSamePage = true");
        Locator helpful = page.locator("#post-1 button[value=helpful]");
        assertAtLeast44(helpful);
        assertThat(helpful).hasAttribute("aria-pressed", "false");
        helpful.click();
        assertThat(helpful).hasAttribute("aria-pressed", "true");
        assertThat(helpful.locator(".count")).hasText("1");
        assertThat(page.locator("main .forum-action-status[role=status]")).hasText("“Helpful” added: 1 in all.");
        helpful.focus();
        page.keyboard().press("Enter");
        assertThat(helpful).hasAttribute("aria-pressed", "false");
        assertThat(helpful.locator(".count")).hasText("0");
        assertThat(page.locator("main .forum-action-status[role=status]")).hasText("“Helpful” taken back: 0 in all.");
        page.locator("#post-1 button[value=me-too]").click();
        assertThat(page.locator("#post-1 button[value=me-too] .count")).hasText("1");
        helpful.click();
        assertThat(helpful.locator(".count")).hasText("1");

        // Following: the replier follows already (they replied); they stop and start again in place.
        Locator follow = page.locator("form.follow button");
        assertThat(follow).hasText("Stop following");
        assertAtLeast44(follow);
        follow.click();
        assertThat(follow).hasText("Follow this topic");
        assertThat(page.locator("form.follow .meta")).hasCount(0);
        assertThat(page.locator("main .forum-action-status[role=status]")).hasText("You no longer follow this topic.");
        follow.click();
        assertThat(follow).hasText("Stop following");
        assertThat(page.locator("form.follow .meta")).hasText("You get notified of new replies.");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.stillTheSamePage"))
                .isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(navigations.get()).isZero();
        screenshot("forum-topic-quote-reactions-en-phone");

        // What was pressed was saved.
        Response reloaded = page.reload();
        assertClean(reloaded);
        assertThat(helpful).hasAttribute("aria-pressed", "true");
        assertThat(helpful.locator(".count")).hasText("1");
        assertThat(page.locator("#post-1 button[value=me-too]")).hasAttribute("aria-pressed", "true");
        assertThat(follow).hasText("Stop following");

        // The caption leads to the quoted post.
        Response toQuoted = page.waitForNavigation(() -> caption.click());
        assertClean(toQuoted);
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/en" + path + "#post-1$"));
        assertThat(page.locator("#post-1")).isInViewport();
    }

    @Test
    void signedOutMeanwhileAReactionSendsTheFormAndTheServerAnswers() {
        ForumFixture forum = new ForumFixture(application, port);
        String path = ForumFixture.startTopic(
                forum.member().client(), AccountsFixture.unique("Signed out "), "A question about my jaw.");
        signIn(trustedMember());
        visit("/en" + path);
        // The session ends (elsewhere, or it timed out) while the page is open.
        context.clearCookies();
        Response answered = page.waitForNavigation(
                () -> page.locator("#post-1 button[value=helpful]").click());
        // The browser shows the server's answer to the form, as it would without JavaScript.
        org.assertj.core.api.Assertions.assertThat(answered.request().method()).isEqualTo("POST");
        org.assertj.core.api.Assertions.assertThat(answered.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Not allowed");
        org.assertj.core.api.Assertions.assertThat(counts(path)).isEqualTo("0/0");
        consoleErrors.clear();
    }

    @Test
    void withoutJavaScriptQuotesReactionsAndFollowingWorkThroughTheForms() {
        ForumFixture forum = new ForumFixture(application, port);
        ForumFixture.Member author = forum.member();
        String path = ForumFixture.startTopic(
                author.client(),
                AccountsFixture.unique("首のこり、温めるか冷やすか "),
                "首のこりには、冷やすより温めるほうが効きました。\n\n蒸しタオルを10分ほど当てています。");
        String authorName = displayName(author.id());
        String replier = trustedMember();
        openBrowser(phone("ja-JP", false));
        signIn(replier);
        visit("/ja" + path);

        Response quoting = page.waitForNavigation(
                () -> page.locator("#post-1 .quote-link a").click());
        assertClean(quoting);
        page.locator("#body").press("Control+End");
        page.locator("#body").pressSequentially("私も温めるほうが楽になりました。");
        Response replied = page.waitForNavigation(() -> page.locator("section.reply .actions button[type=submit]")
                .first()
                .click());
        assertClean(replied);
        Locator caption = page.locator("#post-2 figure.quote figcaption a");
        assertThat(caption).hasText(authorName + "さんの書き込み：");
        assertAtLeast44(caption);

        Response reacted = page.waitForNavigation(
                () -> page.locator("#post-1 button[value=helpful]").click());
        assertClean(reacted);
        assertThat(page.locator("#post-1 button[value=helpful]")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#post-1 button[value=helpful] .count")).hasText("1");
        Response unfollowed =
                page.waitForNavigation(() -> page.locator("form.follow button").click());
        assertClean(unfollowed);
        assertThat(page.locator("form.follow button")).hasText("このトピックをフォローする");
        screenshot("forum-topic-quote-reactions-ja-phone");

        Response toQuoted = page.waitForNavigation(() -> caption.click());
        assertClean(toQuoted);
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/ja" + path + "#post-1$"));
    }

    private static Browser.NewContextOptions phone(String locale, boolean javaScript) {
        return new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setJavaScriptEnabled(javaScript);
    }

    /** Loads of a new document in the page's main frame; a fragment change (#post-1) is not one. */
    private AtomicInteger countNavigations() {
        AtomicInteger navigations = new AtomicInteger();
        String start = page.url();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame() && !frame.url().equals(start)) {
                navigations.incrementAndGet();
            }
        });
        return navigations;
    }

    private static void assertAtLeast44(Locator control) {
        var box = control.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.width)
                .as("width of %s", control)
                .isGreaterThanOrEqualTo(44);
        org.assertj.core.api.Assertions.assertThat(box.height)
                .as("height of %s", control)
                .isGreaterThanOrEqualTo(44);
    }

    private String trustedMember() {
        String email = AccountsFixture.confirmedMember(port, "en");
        jdbc.sql("INSERT INTO forum_member (member_id, approved_posts) VALUES (:id, 1)")
                .param("id", AccountsFixture.memberId(application, email))
                .update();
        return email;
    }

    private String displayName(long memberId) {
        return jdbc.sql("SELECT display_name FROM member WHERE id = :id")
                .param("id", memberId)
                .query(String.class)
                .single();
    }

    private String counts(String path) {
        return jdbc.sql("SELECT helpful, me_too FROM forum_post WHERE topic_id = :topic AND number = 1")
                .param("topic", ForumFixture.topicId(path))
                .query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2))
                .single();
    }

    private void signIn(String email) {
        visit("/en/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
    }
}
