package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The link page as readers see it (in English on a computer, in Japanese on a phone without JavaScript), and an
 * editor adding, changing and deleting a link; every page on the way passes the checks.
 */
class LinksBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void readersFindTheLinksBySectionInBothLanguages() {
        visit("/en/links");
        assertThat(page.locator("h1")).hasText("Links");
        assertThat(page.locator("nav.site-nav a[aria-current=page]")).hasText("Links");
        assertThat(page.locator("main section h2")).hasCount(5);
        Locator statPearls = page.locator(".link-list li")
                .filter(new Locator.FilterOptions().setHasText("StatPearls: Myofascial Pain"));
        assertThat(statPearls.locator("a")).hasAttribute("rel", "external noopener");
        assertThat(statPearls.locator("a")).hasAttribute("hreflang", "en");
        assertThat(statPearls.locator(".badge")).hasText("English");
        assertThat(page.locator(".badge-unchecked").first()).hasText("Not yet checked by an editor");
        screenshot("links-en");

        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setJavaScriptEnabled(false)
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/ja/links");
        assertThat(page.locator("h1")).hasText("リンク集");
        assertThat(page.locator("#books")).hasText("書籍");
        assertThat(page.locator(".link-list li")
                        .filter(new Locator.FilterOptions().setHasText("StatPearls"))
                        .locator(".badge"))
                .hasText("英語");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        page.locator("a[href='#patients']").click();
        assertThat(page).hasURL(url("/ja/links#patients"));
        screenshot("links-ja-phone");
    }

    @Test
    void anEditorAddsChangesAndDeletesALink() {
        String editor = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, editor, Role.EDITOR);
        signInWithSecondFactor(editor);

        visit("/en/links");
        Response list = page.waitForNavigation(
                () -> page.locator("main a[href='/en/links/edit']").click());
        assertThat(page.locator("h1")).hasText("Edit the links");
        assertThat(page.locator(".link-list .link-flag").first()).containsText("Not yet checked by an editor");
        assertClean(list);

        Response form = page.waitForNavigation(
                () -> page.locator("main a[href='/en/links/edit/new']").click());
        assertClean(form);
        String title = "Living with chronic pain " + AccountsFixture.unique("");
        page.locator("#kind").selectOption("patients");
        page.locator("#titleEn").fill(title);
        page.locator("#url").fill("www.example.org/no-scheme");
        Response refused = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page.locator(".error-summary")).containsText("This is not a web address we can link to.");
        assertThat(page.locator(".error-summary")).containsText("Please enter a title in Japanese");
        assertThat(page.locator("#url")).hasAttribute("aria-invalid", "true");
        assertClean(refused);

        page.locator("#titleJa").fill("慢性の痛みとともに暮らす " + title);
        page.locator("#url").fill("https://www.example.org/living-with-pain");
        page.locator("#language").selectOption("en");
        page.locator("#descriptionEn").fill("Practical advice for everyday life with long-lasting pain.");
        page.locator("#descriptionJa").fill("長く続く痛みと付き合いながら暮らすための実用的な助言です。");
        Response added = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page.locator("p.notice-inline")).hasText("The link was added.");
        Locator item = page.locator(".link-list li").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(item).containsText("https://www.example.org/living-with-pain");
        assertClean(added);

        Response edit = page.waitForNavigation(() -> item.locator("a", new Locator.LocatorOptions().setHasText("Edit"))
                .click());
        assertThat(page.locator("h1")).hasText("Edit a link");
        assertClean(edit);
        page.locator("#editorChecked").check();
        Response saved = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page.locator("p.notice-inline")).hasText("Your changes were saved.");
        assertThat(item.locator(".badge-unchecked")).hasCount(0);
        assertClean(saved);

        visit("/ja/links/edit");
        assertThat(page.locator("h1")).hasText("リンク集の編集");
        Response confirm = page.waitForNavigation(() -> page.locator(".link-list li")
                .filter(new Locator.FilterOptions().setHasText(title))
                .locator("a.button-danger")
                .click());
        assertThat(page.locator("h1")).hasText("このリンクを削除しますか？");
        assertClean(confirm);
        Response deleted = page.waitForNavigation(
                () -> page.locator("main form button.button-danger").click());
        assertThat(page.locator("p.notice-inline")).hasText("リンクを削除しました。");
        assertThat(page.locator("main")).not().containsText(title);
        assertClean(deleted);
        screenshot("links-edit-ja");
    }
}
