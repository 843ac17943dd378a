package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.mpscommons.accounts.AccountsFixture;

/** A member downloads their data, then deletes their account, and can no longer sign in. */
class AccountDataBrowserTest extends BrowserTest {

    @Test
    void downloadMyDataThenDeleteMyAccount() throws Exception {
        String email = AccountsFixture.confirmedMember(port, "en");
        visit("/en/login");
        signIn(email);
        assertThat(page).hasURL(url("/en/account"));

        Response exportPage = page.waitForNavigation(
                () -> page.locator("main a[href='/en/account/export']").click());
        assertClean(exportPage);
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        Download download = page.waitForDownload(
                () -> page.locator("form.form button[type=submit]").click());
        String json = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"email\" : \"" + email + "\"");

        visit("/en/account/delete");
        page.locator("#posts-delete").check();
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        Response gone = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page).hasURL(url("/en/account-deleted"));
        assertClean(gone);

        visit("/en/login");
        signIn(email);
        assertThat(page).hasURL(url("/en/login?error"));
    }

    private void signIn(String email) {
        page.locator("#email").fill(email);
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        page.locator("form.form button[type=submit]").click();
    }
}
