package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorPageBrowserTest extends BrowserTest {

    @Test
    void aMissingPageSaysSoInJapaneseAndLeadsBackHome() {
        visit("/ja/no-such-page", 404);
        assertThat(page.locator("h1")).hasText("ページが見つかりません");
        page.locator("main a.button").click();
        assertThat(page).hasURL(url("/ja/"));
    }

    @Test
    void aMissingPageSaysSoInEnglish() {
        visit("/en/no-such-page", 404);
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.locator("main a.button")).hasAttribute("href", "/en/");
    }
}
