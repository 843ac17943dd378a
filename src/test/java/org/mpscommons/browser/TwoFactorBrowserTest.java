package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.TotpCodes;

/** Turning on two-factor sign-in and signing in with a code, as a person with an authenticator app does. */
class TwoFactorBrowserTest extends BrowserTest {

    @Test
    void turnOnTwoFactorSignOutAndSignInWithACode() {
        String email = AccountsFixture.confirmedMember(port, "en");
        visit("/en/login");
        signIn(email);
        assertThat(page).hasURL(url("/en/account"));

        Response setup = page.waitForNavigation(
                () -> page.getByText("Two-factor sign-in").click());
        assertThat(page.locator(".qr svg")).isVisible();
        assertClean(setup);
        String secret = page.locator("code.secret").first().textContent();
        page.locator("#code").fill(TotpCodes.code(secret, 0));
        Response codes = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        assertClean(codes);

        page.locator("a.button").click();
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(url("/en/"));

        page.navigate(url("/en/login"));
        signIn(email);
        assertThat(page).hasURL(url("/en/login/code"));
        page.locator("#code").fill(TotpCodes.code(secret, 1));
        Response account = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page).hasURL(url("/en/account"));
        assertClean(account);
    }

    private void signIn(String email) {
        page.locator("#email").fill(email);
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        page.locator("form.form button[type=submit]").click();
    }
}
