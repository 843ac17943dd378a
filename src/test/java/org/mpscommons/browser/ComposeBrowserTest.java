package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a phone, a member replies with a quote and a photo without meeting any Markdown: the quote is a card above the
 * text box, the photo a card under it with its description; with JavaScript the photo's card appears as soon as the
 * photo is chosen and the preview follows, without it the Preview button brings the card. The reply shows both.
 */
class ComposeBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}, JavaScript {1}")
    @CsvSource({"en, true", "ja, true", "en, false", "ja, false"})
    void aReplyWithAQuoteAndAPhotoNeedsNoMarkup(String lang, boolean javaScript) throws Exception {
        boolean ja = lang.equals("ja");
        ForumFixture forum = new ForumFixture(application, port);
        ForumFixture.Member author = forum.member();
        String path = ForumFixture.startTopic(
                author.client(),
                AccountsFixture.unique(ja ? "肩甲骨の内側の痛み " : "Pain inside my shoulder blade "),
                ja
                        ? "肩甲骨の内側がずっと痛みます。\n\n- 朝がいちばんつらいです"
                        : "The pain sits inside my shoulder blade.\n\n- worst in the morning");
        String authorName = displayName(author.id());
        String description = ja ? "肩甲骨の内側、痛む場所" : "The spot inside my shoulder blade";
        String words = ja ? "私も同じところが痛みます。温めると楽になります。" : "Mine is the same. Heat helps me.";
        openBrowser(phone(ja ? "ja-JP" : "en-US", javaScript));
        signIn(trustedMember());
        visit("/" + lang + path);

        Response quoting = page.waitForNavigation(
                () -> page.locator("#post-1 .quote-link a").click());
        assertClean(quoting);
        Locator quoteCard = page.locator(".compose-quote");
        assertThat(quoteCard.locator(".compose-card-title"))
                .hasText(ja ? authorName + "さんの書き込みを引用しています：" : "Quoting " + authorName + ":");
        assertThat(quoteCard.locator("blockquote")).containsText(ja ? "肩甲骨の内側がずっと痛みます。" : "The pain sits inside");
        assertThat(page.locator("#body")).hasValue("");
        assertAbove(quoteCard, page.locator("#body"));

        page.locator("#body").fill(words);
        page.locator("#image").setInputFiles(photo());
        Locator photoCard = page.locator(".compose-photo");
        if (javaScript) {
            // Sent at once: the card is there, and its description field has the focus.
            assertThat(photoCard).hasCount(1);
            assertThat(photoCard.locator("input[name=photoAlt]")).isFocused();
            assertThat(page.locator("#imageAlt")).isHidden();
        } else {
            Response previewed = page.waitForNavigation(
                    () -> page.locator(".actions button[name=preview]").click());
            assertClean(previewed);
            assertThat(photoCard).hasCount(1);
            assertThat(page.locator("#body")).hasValue(words);
            assertThat(quoteCard).hasCount(1);
        }
        assertAbove(page.locator("#body"), photoCard);
        assertThat(photoCard.locator("img.compose-thumb")).isVisible();
        photoCard.locator("input[name=photoAlt]").fill(description);
        if (javaScript) {
            Locator preview = page.locator(".live-preview .post-body");
            assertThat(preview.locator("figure.quote figcaption"))
                    .hasText(ja ? authorName + "さんの書き込み：" : authorName + " wrote:");
            assertThat(preview.locator("img")).hasAttribute("alt", description);
            assertThat(preview).containsText(words);
            assertClean(quoting);
        }
        Assertions.assertThat(page.locator("#body").inputValue()).doesNotContain("![", "](", "> ");
        screenshot("compose-reply-" + lang + "-js-" + javaScript + "-phone");

        Response replied = page.waitForNavigation(
                () -> page.locator(".actions button[type=submit]:not([name])").click());
        assertClean(replied);
        Locator reply = page.locator("#post-2 .post-body");
        assertThat(reply.locator("figure.quote figcaption a"))
                .hasText(ja ? authorName + "さんの書き込み：" : authorName + " wrote:");
        assertThat(reply.locator("figure.quote blockquote")).containsText(ja ? "肩甲骨の内側がずっと痛みます。" : "The pain sits");
        assertThat(reply.locator(":scope > p").first()).hasText(words);
        assertThat(reply.locator("img")).hasAttribute("alt", description);
    }

    @Test
    void withJavaScriptARemoveButtonTakesItsCardAwayInPlace() throws Exception {
        ForumFixture forum = new ForumFixture(application, port);
        String path = ForumFixture.startTopic(
                forum.member().client(), AccountsFixture.unique("Jaw clicking "), "My jaw clicks when I chew.");
        openBrowser(phone("en-US", true));
        signIn(trustedMember());
        visit("/en" + path + "?quote=" + ForumFixture.postId(jdbc, path, 1));
        page.locator("#body").fill("Mine too.");
        page.locator("#image").setInputFiles(photo());
        assertThat(page.locator(".compose-photo")).hasCount(1);
        assertThat(page.locator(".live-preview img")).hasCount(1);
        page.evaluate("window.stillTheSamePage = true");

        page.locator(".compose-photo button[name=remove]").click();
        assertThat(page.locator(".compose-photo")).hasCount(0);
        assertThat(page.locator("#body")).isFocused();
        assertThat(page.locator(".compose [role=status]")).hasText("The photo was removed.");
        assertThat(page.locator(".live-preview img")).hasCount(0);
        page.locator(".compose-quote button[name=remove]").click();
        assertThat(page.locator(".compose-quote")).hasCount(0);
        assertThat(page.locator(".compose [role=status]")).hasText("The quote was removed.");
        assertThat(page.locator(".live-preview figure.quote")).hasCount(0);
        Assertions.assertThat(page.evaluate("window.stillTheSamePage")).isEqualTo(true);

        Response replied = page.waitForNavigation(
                () -> page.locator(".actions button[type=submit]:not([name])").click());
        assertClean(replied);
        assertThat(page.locator("#post-2 .post-body")).hasText("Mine too.");
    }

    @Test
    void thePreviewIsBesideTheTextOnADesktopAndBelowItOnAPhone() {
        openBrowser(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        signIn(trustedMember());
        Response form = visit("/en/forum/new?category=treatments");
        page.locator("#body").fill("Heat helps my **neck**.");
        Locator preview = page.locator(".live-preview");
        assertThat(preview.locator("strong")).hasText("neck");
        BoundingBox text = page.locator("#body").boundingBox();
        BoundingBox beside = preview.boundingBox();
        Assertions.assertThat(beside.x).as("the preview's left edge").isGreaterThan(text.x + text.width);
        Assertions.assertThat(beside.y).as("the preview's top").isLessThan(text.y + text.height);
        assertClean(form);

        page.setViewportSize(390, 844);
        BoundingBox narrow = page.locator("#body").boundingBox();
        Assertions.assertThat(preview.boundingBox().y).as("the preview's top").isGreaterThan(narrow.y + narrow.height);
        assertClean(form);
    }

    private static Browser.NewContextOptions phone(String locale, boolean javaScript) {
        return new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setJavaScriptEnabled(javaScript);
    }

    private static void assertAbove(Locator upper, Locator lower) {
        BoundingBox top = upper.boundingBox();
        Assertions.assertThat(top.y + top.height).isLessThanOrEqualTo(lower.boundingBox().y);
    }

    private static Path photo() throws Exception {
        Path photo = Files.createTempFile("shoulder", ".jpg");
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(230, 220, 200));
        graphics.fillRect(0, 0, 480, 360);
        graphics.setColor(new Color(200, 90, 70));
        graphics.fillOval(180, 100, 140, 140);
        graphics.dispose();
        ImageIO.write(image, "jpg", photo.toFile());
        return photo;
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

    private void signIn(String email) {
        visit("/en/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
    }
}
