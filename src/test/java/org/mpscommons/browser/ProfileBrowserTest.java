package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.mpscommons.accounts.AccountsFixture;

/** A member fills in their profile and sees it as others will; settings and profile pages pass the checks. */
class ProfileBrowserTest extends BrowserTest {

    @Test
    void editAndViewTheProfileAndVisitSettings() {
        String email = AccountsFixture.confirmedMember(port, "en");
        visit("/en/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        page.locator("form.form button[type=submit]").click();
        assertThat(page).hasURL(url("/en/account"));

        visit("/en/account/email/confirm?token=unknown");
        assertThat(page.locator("main")).containsText("has expired");
        visit("/en/account/settings");
        assertThat(page.locator("table")).containsText("(this one)");
        visit("/en/account/profile");
        page.locator("#bio").fill("Neck and shoulder pain since 2019.\n\nTrigger point injections helped me.");
        page.locator("#language-en").check();
        Response profile =
                page.waitForNavigation(() -> page.locator("form[action='/en/account/profile'] button[type=submit]")
                        .click());
        assertThat(page.locator("p.bio")).hasCount(2);
        assertThat(page.locator("dd span[lang=en]")).hasText("English");
        assertClean(profile);
    }
}
