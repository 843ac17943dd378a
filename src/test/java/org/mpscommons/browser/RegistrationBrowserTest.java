package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Response;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpscommons.TestMailServer;
import org.mpscommons.accounts.TotpCodes;

/**
 * The way in, as a person takes it: register, open the link in the mail, confirm (and so be signed in), turn on
 * two-factor sign-in, sign out, and sign in again with a code from the authenticator app.
 */
class RegistrationBrowserTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource({
        "en, Create an account, Confirm your email address, Confirm my email address, Your account, Sign in, Two-factor sign-in",
        "ja, アカウントの作成, メールアドレスの確認, メールアドレスを確認する, アカウント, ログイン, 2段階認証"
    })
    void registerConfirmSignInAndTurnOnTwoFactor(
            String lang,
            String registerHeading,
            String mailSubject,
            String confirmButton,
            String accountHeading,
            String signInHeading,
            String twoFactorLink) {
        TestMailServer.shared();
        openBrowser(new Browser.NewContextOptions().setLocale(lang.equals("ja") ? "ja-JP" : "en-US"));
        String name = "Hana" + UUID.randomUUID().toString().substring(0, 6);
        String email = name.toLowerCase() + "@example.jp";
        String password = "long walk by the sea";

        visit("/" + lang + "/");
        Response form = page.waitForNavigation(() ->
                page.locator("nav.site-nav a[href='/" + lang + "/register']").click());
        assertThat(page.locator("h1")).hasText(registerHeading);
        assertClean(form);

        // An error first: the form explains it and keeps what was typed.
        page.locator("#displayName").fill(name);
        page.locator("#email").fill(email);
        page.locator("#password").fill("short");
        Response invalid = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.locator("#password")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#email")).hasValue(email);
        assertClean(invalid);

        page.locator("#password").fill(password);
        Response checkEmail = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page).hasURL(url("/" + lang + "/register/check-email"));
        assertClean(checkEmail);

        String link = TestMailServer.link(TestMailServer.awaitMail(email, mailSubject), "/" + lang + "/verify-email");
        visit(link);
        // Confirmed in the browser that registered: signed in at once, no second sign-in.
        Response account =
                page.waitForNavigation(() -> page.getByText(confirmButton).click());
        assertThat(page).hasURL(url("/" + lang + "/account?confirmed"));
        assertThat(page.locator("h1")).hasText(accountHeading);
        assertThat(page.locator("nav.site-nav")).containsText(name);
        assertClean(account);

        Response setup =
                page.waitForNavigation(() -> page.getByText(twoFactorLink).click());
        assertClean(setup);
        String secret = page.locator("code.secret").first().textContent();
        page.locator("#code").fill(TotpCodes.code(secret, 0));
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        page.locator("main a.button").click();

        page.locator("main form[action$='/logout'] button[type=submit]").click();
        assertThat(page).hasURL(url("/" + lang + "/"));
        assertThat(page.locator("nav.site-nav")).not().containsText(name);

        visit("/" + lang + "/login");
        assertThat(page.locator("h1")).hasText(signInHeading);
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        Response code = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page).hasURL(url("/" + lang + "/login/code"));
        assertClean(code);
        page.locator("#code").fill(TotpCodes.code(secret, 1));
        page.locator("form.form button[type=submit]").click();
        assertThat(page).hasURL(url("/" + lang + "/account"));
        assertThat(page.locator("nav.site-nav")).containsText(name);
    }
}
