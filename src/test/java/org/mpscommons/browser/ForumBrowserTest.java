package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.mpscommons.content.images.TestImages;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forum as people use it: a member starts a topic (with a preview first), a guest on a phone without JavaScript
 * leaves a short comment and sees it waiting, a moderator approves it, and every page on the way passes the checks
 * in both languages.
 */
class ForumBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberStartsATopicAndAGuestsCommentAppearsAfterReview() {
        String author = AccountsFixture.confirmedMember(port, "ja");
        jdbc.sql("INSERT INTO forum_member (member_id, approved_posts) VALUES (:id, 1)")
                .param("id", AccountsFixture.memberId(context, author))
                .update();

        openBrowser(new Browser.NewContextOptions().setLocale("ja-JP"));
        visit("/ja/forum/");
        assertThat(page.locator("h1")).hasText("掲示板");
        assertThat(page.locator(".category-list li")).hasCount(8);
        signIn(author);
        visit("/ja/forum/new?category=treatments");
        Response empty = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").first().click());
        assertThat(page.locator(".error-summary")).containsText("タイトルを入力してください。");
        assertClean(empty);

        String title = "トリガーポイント注射で腰の痛みが軽くなりました " + AccountsFixture.unique("");
        page.locator("#title").fill(title);
        page.locator("#body").fill("三年間、椎間板ヘルニアと言われてきました。\n\n- 注射を三回\n- ストレッチを毎日\n\n> 先生の言葉");
        Response preview = page.waitForNavigation(
                () -> page.locator("button[name=preview]").click());
        assertThat(page.locator(".preview li")).hasCount(2);
        assertThat(page.locator(".preview blockquote")).containsText("先生の言葉");
        assertClean(preview);
        Response created = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").first().click());
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#post-1 .post-body li")).hasCount(2);
        assertClean(created);
        String topicUrl = page.url().replaceFirst("#.*$", "");
        String topicPath = topicUrl.replaceFirst("^http://[^/]+/ja", "");
        visit("/en" + topicPath);
        assertThat(page.locator("h1")).hasAttribute("lang", "ja");
        visit("/ja/forum/c/treatments");
        assertThat(page.locator(".topic-list")).containsText(title);
        visit("/en/forum/c/treatments?lang=ja&sort=top");
        assertThat(page.locator(".topic-list")).containsText(title);

        // A guest on a phone, JavaScript off, in Japanese.
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setJavaScriptEnabled(false)
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/ja" + topicPath);
        page.locator("#guestName").fill("はなこ");
        page.locator("#body").fill("私も同じでした。読んで勇気が出ました。");
        Response sent = page.waitForNavigation(
                () -> page.locator("section.reply button[type=submit]").first().click());
        assertThat(page.locator("#post-2")).containsText("確認待ちです");
        assertThat(page.locator("p.notice-inline").first()).containsText("ありがとうございます");
        assertClean(sent);
        screenshot("forum-guest-waiting-ja-phone");

        // A moderator signs in with two factors and approves it.
        String moderator = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, moderator, Role.MODERATOR);
        openBrowser(new Browser.NewContextOptions().setLocale("en-US"));
        signInWithSecondFactor(moderator);
        // Someone flagged the opening post, so the queue shows a flagged post too.
        jdbc.sql("""
                INSERT INTO forum_flag (post_id, reporter_id, reason, note, created_at)
                SELECT id, -1, 'OTHER', 'Please check the claim about injections', CURRENT_TIMESTAMP FROM forum_post
                WHERE topic_id = :topic AND number = 1
                """)
                .param("topic", Long.parseLong(topicPath.replaceFirst("^/forum/t/(\\d+)/.*$", "$1")))
                .update();
        visit("/en/forum/review");
        assertThat(page.locator("#flags ~ .review-item")).containsText("Please check the claim about injections");
        Response dismissed = page.waitForNavigation(
                () -> page.locator("form[action$='/dismiss'] button").first().click());
        assertClean(dismissed);
        assertThat(page.locator(".review-item")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("私も同じでした")))
                .hasCount(1);
        Response approved = page.waitForNavigation(() -> page.locator(".review-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("私も同じでした"))
                .locator("form[action$='/approve'] button")
                .click());
        assertThat(page.locator("p.notice-inline")).containsText("Approved");
        assertClean(approved);
        // The moderator's view of the topic: tools for the topic and for each post (hide, suspend the author).
        visit("/en" + topicPath);
        assertThat(page.locator("details summary")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Suspend")))
                .hasCount(1);

        openBrowser(new Browser.NewContextOptions().setLocale("ja-JP"));
        visit("/ja" + topicPath);
        assertThat(page.locator("#post-2")).containsText("はなこ");
        assertThat(page.locator("#post-2")).not().containsText("確認待ちです");
        screenshot("forum-topic-ja");
    }

    @Test
    void aMembersOnlyTopicIsNotFoundForVisitors() {
        String author = AccountsFixture.confirmedMember(port, "en");
        jdbc.sql("INSERT INTO forum_member (member_id, approved_posts) VALUES (:id, 1)")
                .param("id", AccountsFixture.memberId(context, author))
                .update();
        signIn(author);
        visit("/en/forum/new?category=asking-my-doctor");
        page.locator("#title").fill("What my doctor said " + AccountsFixture.unique(""));
        page.locator("#body").fill("Call me on 090-1234-5678 if you want to talk.");
        page.locator("#visibility-members").check();
        Response warned = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").first().click());
        assertThat(page.locator(".notice")).containsText("a phone number");
        assertClean(warned);
        page.locator("#confirmPublic").check();
        Response created = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").first().click());
        assertThat(page.locator(".badge-members").first()).isVisible();
        assertClean(created);
        String path = page.url().replaceFirst("^http://[^/]+", "").replaceFirst("#.*$", "");

        openBrowser(new Browser.NewContextOptions().setLocale("en-US"));
        visit(path, 404);
    }

    @Test
    void onAPhoneAMemberAddsAPictureAndTheListsShowWhoWroteWhatAndInTheChosenLanguages() throws Exception {
        String author = AccountsFixture.confirmedMember(port, "ja");
        long authorId = AccountsFixture.memberId(context, author);
        jdbc.sql("INSERT INTO forum_member (member_id, approved_posts) VALUES (:id, 1)")
                .param("id", authorId)
                .update();
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        signIn(author);

        // A photo as a phone takes it: taken sideways, with its GPS position in the EXIF block.
        Path photo = Files.createTempFile("phone-photo", ".jpg");
        Files.write(photo, TestImages.withExif(TestImages.jpeg(400, 300), 6));
        visit("/ja/account/profile");
        page.locator("#picture").setInputFiles(photo);
        Response saved = page.waitForNavigation(() ->
                page.locator("form[action$='/account/profile/picture'] button").click());
        assertThat(page.locator(".picture-edit .notice-inline")).containsText("新しい写真を保存しました");
        assertClean(saved);
        String large = page.locator(".picture-current img.avatar").getAttribute("src");
        org.assertj.core.api.Assertions.assertThat(large).matches("/avatars/[A-Za-z0-9_-]+-192\\.jpg");
        byte[] served = page.request().get(url(large)).body();
        org.assertj.core.api.Assertions.assertThat(
                        TestImages.contains(served, "Exif".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(TestImages.contains(served, TestImages.GPS_LATITUDE))
                .isFalse();
        java.awt.image.BufferedImage square = TestImages.decode(served);
        org.assertj.core.api.Assertions.assertThat(square.getWidth()).isEqualTo(192);
        org.assertj.core.api.Assertions.assertThat(square.getHeight()).isEqualTo(192);

        // Topics in both languages, each with a reply by someone else.
        SiteClient writer = AccountsFixture.signedIn(port, author);
        String japanese = "肩こりだと思っていた痛みについて " + AccountsFixture.unique("");
        String japanesePath = ForumFixture.startTopic(
                writer,
                "pain-and-diagnosis",
                japanese,
                "三年前から右肩が痛み、ずっと肩こりだと言われてきました。**最近**、トリガーポイントという言葉を知りました。同じような方はいますか。",
                "public");
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member replier = forum.member();
        ForumFixture.reply(replier.client(), japanesePath, "私も同じでした。整形外科で相談してみてください。");
        String english = "Jaw pain that doctors could not explain " + AccountsFixture.unique("");
        ForumFixture.startTopic(
                replier.client(),
                "pain-and-diagnosis",
                english,
                "For two years my jaw and temple have ached. My dentist found nothing wrong.",
                "public");

        visit("/ja/forum/");
        Locator row = page.locator(".topic-row").filter(new Locator.FilterOptions().setHasText(japanese));
        assertThat(row.locator("img.avatar")).hasAttribute("src", large.replace("-192.", "-96."));
        assertThat(row.locator("img.avatar")).hasAttribute("alt", "");
        assertThat(row.locator(".topic-excerpt")).containsText("最近、トリガーポイントという言葉を知りました");
        assertThat(row.locator(".topic-excerpt")).not().containsText("**");
        assertThat(row.locator(".topic-stats")).containsText("返信 1件");
        assertThat(row.locator(".topic-stats")).containsText("最新の返信：");
        assertThat(row.locator(".badge-language")).hasCount(0);
        assertThat(page.locator(".topic-list")).not().containsText(english);
        // On a phone the latest topics come before the categories.
        org.assertj.core.api.Assertions.assertThat(
                        page.locator("#latest-heading").boundingBox().y)
                .isLessThan(page.locator("#categories-heading").boundingBox().y);
        assertThat(page.locator(".category-list li")
                        .filter(new Locator.FilterOptions().setHasText("私の痛みと診断"))
                        .locator(".category-latest"))
                .containsText(japanese);
        screenshot("forum-index-ja-phone");

        Response both = page.waitForNavigation(() -> page.locator(".list-language a")
                .filter(new Locator.FilterOptions().setHasText("両方の言語"))
                .click());
        assertClean(both);
        Locator englishRow = page.locator(".topic-row").filter(new Locator.FilterOptions().setHasText(english));
        assertThat(englishRow.locator(".badge-language")).hasText("English");
        assertThat(englishRow.locator(".badge-language")).hasAttribute("lang", "en");

        // The choice is remembered on the category's page too.
        visit("/ja/forum/c/pain-and-diagnosis");
        assertThat(page.locator(".list-language a[aria-current=true]")).hasText("両方の言語");
        assertThat(page.locator(".topic-list")).containsText(english);
        assertThat(page.locator(".topic-list")).containsText(japanese);
        assertThat(page.locator(".column-side")).containsText("このカテゴリーについて");
        screenshot("forum-category-ja-phone");

        openBrowser(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(390, 844));
        visit("/en/forum/");
        assertThat(page.locator(".topic-list")).containsText(english);
        assertThat(page.locator(".topic-list")).not().containsText(japanese);
        screenshot("forum-index-en-phone");

        openBrowser(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        visit("/en/forum/");
        screenshot("forum-index-en-desktop");
    }

    private void signIn(String email) {
        visit("/en/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
    }
}
