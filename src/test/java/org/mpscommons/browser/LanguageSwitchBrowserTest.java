package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

class LanguageSwitchBrowserTest extends BrowserTest {

    @Test
    void theSwitchLeadsToTheSamePageInJapaneseAndIsRemembered() {
        visit("/en/about");
        Response switched =
                page.waitForNavigation(() -> page.locator("a.language-switch").click());
        assertThat(page).hasURL(url("/ja/about"));
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertThat(page.locator("h1")).hasText("MPS Commons について");
        assertClean(switched);

        // The browser still prefers English, but the choice made with the switch wins.
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/ja/"));
    }

    @Test
    void theSwitchWorksBackToEnglishWithJavaScriptOff() {
        openBrowser(new Browser.NewContextOptions().setLocale("ja-JP").setJavaScriptEnabled(false));
        visit("/ja/privacy");
        page.locator("a.language-switch").click();
        assertThat(page).hasURL(url("/en/privacy"));
        assertThat(page.locator("h1")).hasText("Privacy");
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/en/"));
    }
}
