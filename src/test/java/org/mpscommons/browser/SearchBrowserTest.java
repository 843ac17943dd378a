package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

/**
 * Searching as people do: from the box in the header, in Japanese on a phone and in English with JavaScript off,
 * then narrowing the results; every page passes axe-core and the HTML checker.
 */
class SearchBrowserTest extends BrowserTest {

    @Test
    void aJapaneseReaderSearchesFromTheHeaderOnAPhone() {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/ja/");
        // On a phone the header's search opens in place from its icon.
        page.locator(".header-search-panel summary").click();
        page.locator("#phone-q").fill("坐骨神経痛");
        Response results = page.waitForNavigation(() -> page.locator("#phone-q").press("Enter"));
        assertClean(results);
        assertThat(page.locator("h1")).hasText("検索");
        assertThat(page.locator(".search-results a[href='/ja/articles/sciatica']"))
                .hasCount(1);
        assertThat(page.locator(".search-results mark").first()).isVisible();
        screenshot("search-ja-phone");
    }

    @Test
    void anEnglishReaderNarrowsTheResultsWithoutJavaScript() {
        openBrowser(new Browser.NewContextOptions().setLocale("en-US").setJavaScriptEnabled(false));
        visit("/en/articles/");
        page.locator("#header-q").fill("trigger point injection");
        Response results = page.waitForNavigation(
                () -> page.locator("form.header-search button").click());
        assertClean(results);
        page.locator("#search-type").selectOption("article");
        page.locator("#search-language").selectOption("ja");
        Response narrowed = page.waitForNavigation(
                () -> page.locator("form.search-form button[type=submit]").click());
        assertClean(narrowed);
        assertThat(page.locator(".search-results a[href='/ja/articles/injections-compared']"))
                .hasCount(1);
        assertThat(page.locator(".search-results a[href^='/en/']")).hasCount(0);
        assertThat(page.locator("#search-language")).hasValue("ja");
    }
}
