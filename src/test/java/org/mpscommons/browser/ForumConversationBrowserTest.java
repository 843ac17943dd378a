package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Response;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.mpscommons.TestMailServer;
import org.mpscommons.accounts.AccountsFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A conversation, as two members have it: one starts a topic with a photo, another quotes it in a reply and finds it
 * helpful, and the first hears of both in the header, on the notifications page, and by mail. Every page on the way
 * passes the checks.
 */
class ForumConversationBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTopicWithAPhotoGetsAQuotedReplyAndAReactionAndItsAuthorHearsOfThem() throws Exception {
        TestMailServer.shared();
        String author = trustedMember("en");
        String replier = trustedMember("en");
        Path photo = Files.createTempFile("shoulder", ".jpg");
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(200, 120, 90));
        graphics.fillOval(200, 120, 240, 240);
        graphics.dispose();
        ImageIO.write(image, "jpg", photo.toFile());

        signIn(author);
        visit("/en/forum/new?category=treatments");
        String title = "Where my shoulder hurts " + AccountsFixture.unique("");
        page.locator("#title").fill(title);
        page.locator("#body").fill("The pain sits here, and goes down my arm.");
        page.locator("#image").setInputFiles(photo);
        // The photo comes back as a card under the text, which asks what it shows.
        page.locator(".compose-photo input[name=photoAlt]").fill("The painful spot on my shoulder");
        Response preview = page.waitForNavigation(
                () -> page.locator("button[name=preview]").click());
        assertThat(page.locator("section.preview img[alt='The painful spot on my shoulder']"))
                .hasCount(1);
        assertClean(preview);
        Response created = page.waitForNavigation(() ->
                page.locator("form.form .actions button[type=submit]").first().click());
        assertThat(page.locator("#post-1 .post-body img")).hasAttribute("alt", "The painful spot on my shoulder");
        assertClean(created);
        String topicPath = page.url().replaceFirst("^http://[^/]+/en", "").replaceFirst("[?#].*$", "");
        com.microsoft.playwright.APIResponse imageResponse =
                page.request().get(url(page.locator("#post-1 .post-body img").getAttribute("src")));
        org.assertj.core.api.Assertions.assertThat(imageResponse.headers().get("content-type"))
                .isEqualTo("image/jpeg");

        openBrowser(new Browser.NewContextOptions().setLocale("en-US"));
        signIn(replier);
        visit("/en" + topicPath);
        for (String control : new String[] {"#post-1 .quote-link a", "#post-1 .meta a[aria-label]"}) {
            var box = page.locator(control).boundingBox();
            org.assertj.core.api.Assertions.assertThat(box.width).as(control).isGreaterThanOrEqualTo(44);
            org.assertj.core.api.Assertions.assertThat(box.height).as(control).isGreaterThanOrEqualTo(44);
        }
        Response quoting = page.waitForNavigation(
                () -> page.locator("#post-1 .quote-link a").click());
        assertThat(page.locator(".compose-quote blockquote")).containsText("The pain sits here");
        assertThat(page.locator("#body")).hasValue("");
        assertClean(quoting);
        page.locator("#body").press("Control+End");
        page.locator("#body").pressSequentially("I had the same. Trigger point injections helped me.");
        Response replied = page.waitForNavigation(() -> page.locator("section.reply .actions button[type=submit]")
                .first()
                .click());
        assertThat(page.locator("#post-2 blockquote")).containsText("The pain sits here");
        assertThat(page.locator("#post-2 figure.quote figcaption a"))
                .hasText(java.util.regex.Pattern.compile(".+ wrote:"));
        assertClean(replied);
        // With JavaScript the reaction is sent without leaving the page; a reload shows it saved.
        page.locator("#post-1 button[value=helpful]").click();
        assertThat(page.locator("#post-1 button[value=helpful] .count")).hasText("1");
        Response reacted = page.reload();
        assertThat(page.locator("#post-1 button[value=helpful]")).hasAttribute("aria-pressed", "true");
        assertClean(reacted);

        openBrowser(new Browser.NewContextOptions().setLocale("en-US"));
        signIn(author);
        page.waitForCondition(() -> {
            page.reload();
            return page.locator(".site-nav .unread").count() > 0
                    && page.locator(".site-nav .unread").textContent().contains("2 new");
        });
        visit("/en/notifications");
        assertThat(page.locator(".notification-list")).containsText("replied in “" + title + "”");
        assertThat(page.locator(".notification-list")).containsText("reacted to your post");
        assertThat(page.locator(".site-nav .unread")).hasCount(0);
        String mail = TestMailServer.plainText(TestMailServer.awaitMail(author, "replied in"));
        org.assertj.core.api.Assertions.assertThat(mail).contains("Trigger point injections helped me");
        visit("/ja/notifications/settings");
        assertThat(page.locator("h1")).hasText("お知らせメール");
        screenshot("forum-notifications-settings-ja");

        // The author edits the opening post; its history page shows them the earlier words.
        visit("/en" + topicPath);
        Response editPage = page.waitForNavigation(
                () -> page.locator("#post-1 .post-actions a").click());
        assertClean(editPage);
        page.locator("#body").fill("The pain sits here, and goes down my arm to the elbow.");
        page.waitForNavigation(() ->
                page.locator("form.form .actions button[type=submit]").first().click());
        Response history =
                page.waitForNavigation(() -> page.locator("#post-1 a.edited").click());
        assertThat(page.locator("pre.source")).containsText("goes down my arm.");
        assertClean(history);
        // The author erases that earlier version's text; the version stays as a dated note.
        Response erased = page.waitForNavigation(
                () -> page.locator("section.revision form button[type=submit]").click());
        assertThat(page.locator("section.revision .placeholder")).containsText("Text removed on");
        assertThat(page.locator("pre.source")).hasCount(0);
        assertClean(erased);
    }

    private String trustedMember(String lang) {
        String email = AccountsFixture.confirmedMember(port, lang);
        jdbc.sql("INSERT INTO forum_member (member_id, approved_posts) VALUES (:id, 1)")
                .param("id", AccountsFixture.memberId(context, email))
                .update();
        return email;
    }

    private void signIn(String email) {
        visit("/en/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
    }
}
