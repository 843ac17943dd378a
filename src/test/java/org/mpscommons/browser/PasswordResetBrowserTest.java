package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.mpscommons.TestMailServer;
import org.mpscommons.accounts.AccountsFixture;

/** A member who forgot their password gets a link by mail, chooses a new one, and signs in with it. */
class PasswordResetBrowserTest extends BrowserTest {

    @Test
    void forgottenPasswordIsResetByMail() {
        String email = AccountsFixture.confirmedMember(port, "ja");
        openBrowser(new Browser.NewContextOptions().setLocale("ja-JP"));
        visit("/ja/login");
        Response request =
                page.waitForNavigation(() -> page.getByText("パスワードをお忘れですか？").click());
        assertClean(request);
        page.locator("#email").fill(email);
        Response sent = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page).hasURL(url("/ja/password-reset/sent"));
        assertClean(sent);

        String link = TestMailServer.link(TestMailServer.awaitMail(email, "パスワードの再設定"), "/ja/password-reset/new");
        visit(link);
        page.locator("#password").fill("a new morning walk");
        Response login = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page).hasURL(url("/ja/login?reset"));
        assertClean(login);

        page.locator("#email").fill(email);
        page.locator("#password").fill("a new morning walk");
        page.locator("form.form button[type=submit]").click();
        assertThat(page).hasURL(url("/ja/account"));
    }
}
