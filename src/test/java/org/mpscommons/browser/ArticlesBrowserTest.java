package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The knowledge base as people use it: an editor edits an article with the Preview button, compares two versions
 * and restores the first; a reader in Japanese says it helped and reports an error; the editor answers the report at
 * the desk and the reply appears on the article; an editor who is also a verified professional records an editorial
 * and then a medical review. Every page on the way passes axe-core and the HTML checker.
 */
class ArticlesBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anEditorPreviewsSavesComparesAndRestores() {
        signInAsEditor();
        visit("/en/articles/new");
        visit("/ja/editors/references");
        visit("/en/editors/references/new");
        visit("/en/editors/references/statpearls_mps");
        visit("/en/articles/talking-to-your-doctor/edit");
        Locator body = page.locator("#body");
        String original = body.inputValue();
        body.fill("A new first paragraph for the browser test [@statpearls_mps].\n\n" + original);
        page.locator("#note").fill("Added a first paragraph");
        Response preview = page.waitForNavigation(
                () -> page.locator("button[name=preview]").click());
        assertClean(preview);
        assertThat(page.locator(".preview .article-body")).containsText("A new first paragraph for the browser test");
        Response saved = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]:not([name])").click());
        assertClean(saved);
        assertThat(page.locator("p.notice-inline")).hasText("Your changes are saved as a new revision.");
        assertThat(page.locator(".article-body")).containsText("A new first paragraph for the browser test");

        visit("/en/articles/talking-to-your-doctor/history");
        Response diff = page.waitForNavigation(() -> page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Show changes"))
                .click());
        assertClean(diff);
        assertThat(page.locator("ins.diff-line").first()).containsText("A new first paragraph for the browser test");
        screenshot("article-diff-en");

        visit("/en/articles/talking-to-your-doctor/history");
        Response restored = page.waitForNavigation(
                () -> page.locator("button[form=rollback-1]").click());
        assertClean(restored);
        assertThat(page.locator(".article-body")).not().containsText("A new first paragraph for the browser test");
    }

    @Test
    void aReaderVotesAndReportsAndTheEditorsReplyAppears() {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/ja/articles/sciatica");
        Response voted = page.waitForNavigation(
                () -> page.locator("button[name=helpful][value=yes]").click());
        assertClean(voted);
        assertThat(page.locator("p.notice-inline")).hasText("ご意見ありがとうございました。");
        String report = AccountsFixture.unique("第3節の数字が古いようです ");
        page.locator("#report").fill(report);
        Response reported =
                page.waitForNavigation(() -> page.getByText("編集者に送る").click());
        assertClean(reported);
        assertThat(page.locator("p.notice-inline")).containsText("編集者が確認し");
        screenshot("article-reported-ja-phone");

        signInAsEditor();
        visit("/en/editors/");
        Locator item = page.locator("article.report").filter(new Locator.FilterOptions().setHasText(report));
        String reply = AccountsFixture.unique("Updated the figures in section 3 ");
        item.locator("textarea").fill(reply);
        Response answered = page.waitForNavigation(
                () -> item.locator("button[value=ACCEPTED]").click());
        assertClean(answered);
        assertThat(page.locator("p.notice-inline")).hasText("The report is answered.");
        visit("/ja/articles/sciatica");
        assertThat(page.locator(".corrections")).containsText(reply);
        assertThat(page.locator("body")).not().containsText(report);
    }

    @Test
    void anEditorWhoIsAVerifiedProfessionalRecordsBothKindsOfReview() {
        SiteClient helper =
                AccountsFixture.signedInStaff(context, port, AccountsFixture.confirmedMember(port, "en"), Role.EDITOR);
        String slug = AccountsFixture.unique("browser-review-").toLowerCase().replaceAll("[^a-z0-9-]", "");
        helper.submit(
                "/en/articles/new",
                "/en/articles/new",
                java.util.Map.of(
                        "language",
                        "en",
                        "translationKey",
                        slug,
                        "slug",
                        slug,
                        "title",
                        "Reviewed in the browser",
                        "summary",
                        "An article to review.",
                        "theme",
                        "about",
                        "body",
                        "A statement from a source [@statpearls_mps].",
                        "note",
                        ""));
        helper.submit("/en/articles/" + slug, "/en/articles/" + slug + "/status", java.util.Map.of("publish", "yes"));

        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, email, Role.EDITOR);
        AccountsFixture.verifyProfessional(context, email, "Pain physician");
        openBrowser(new Browser.NewContextOptions().setLocale("en-US"));
        signInWithSecondFactor(email);
        visit("/en/articles/" + slug);
        assertThat(page.locator(".review-notice")).containsText("Not yet reviewed by a medical professional.");
        screenshot("article-review-buttons-en");

        Response editorial = page.waitForNavigation(() -> page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Record an editorial review"))
                .click());
        assertClean(editorial);
        assertThat(page.locator("p.notice-inline")).containsText("Your editorial review is recorded");
        assertThat(page.locator(".review-notice")).containsText("Not yet reviewed by a medical professional.");
        assertThat(page.locator(".review-line")).containsText("Checked by the editors on");

        Response medical = page.waitForNavigation(() -> page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Record a medical review"))
                .click());
        assertClean(medical);
        assertThat(page.locator("p.notice-inline")).containsText("Your medical review is recorded");
        assertThat(page.locator(".review-medical")).containsText("Pain physician (profession verified by the site).");
        screenshot("article-medically-reviewed-en");

        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/ja/articles/what-is-mps");
        assertThat(page.locator(".review-notice")).containsText("医療専門職による確認（医師監修）をまだ受けていません");
        screenshot("article-not-reviewed-ja-phone");
    }

    private void signInAsEditor() {
        String editor = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, editor, Role.EDITOR);
        openBrowser(new Browser.NewContextOptions().setLocale("en-US"));
        signInWithSecondFactor(editor);
    }
}
