package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

/**
 * "What is MPS", the short essay that was the home page: its text, the referred-pain figure with its legend in words,
 * and citations that lead to their sources.
 */
class WhatIsMpsBrowserTest extends BrowserTest {

    @Test
    void theEssayExplainsReferredPainWithAFigureAndItsSources() {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("en-US")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/en/");
        page.locator("main a[href='/en/what-is-mps']").click();
        assertThat(page).hasURL(url("/en/what-is-mps"));
        assertThat(page.locator("h1")).hasText("What is myofascial pain syndrome?");
        assertThat(page.locator("main")).containsText("Its hallmark is the trigger point");
        assertThat(page.locator(".referral-figure svg.illustration")).isVisible();
        assertThat(page.locator(".referral-legend li")).hasCount(3);
        assertThat(page.locator(".referral-legend")).containsText("at the temple");
        // The figure's citation leads to the study it was drawn after.
        page.locator(".referral-figure a.cite").click();
        assertThat(page).hasURL(url("/en/what-is-mps#source-trapezius-referral-2007"));
        assertThat(page.locator("#source-trapezius-referral-2007")).containsText("Eur J Pain. 2007");
        assertThat(page.locator("#source-trapezius-referral-2007")).isInViewport();
        assertThat(page.locator(".referral-figure a.cite")).hasText("[3]");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        page.navigate(url("/en/what-is-mps"));
        screenshot("what-is-mps-en-390x844");

        openBrowser(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        visit("/en/what-is-mps");
        screenshot("what-is-mps-en-1280x800");
    }

    @Test
    void theJapaneseEssayHasItsFigureInJapanese() {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/ja/what-is-mps");
        assertThat(page.locator("h1")).hasText("筋筋膜性疼痛症候群とは");
        assertThat(page.locator(".referral-legend")).containsText("こめかみ");
        assertThat(page.locator("footer a[href='/ja/what-is-mps']")).hasText("MPSとは");
        screenshot("what-is-mps-ja-390x844");

        openBrowser(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(1280, 800));
        visit("/ja/what-is-mps");
        screenshot("what-is-mps-ja-1280x800");
    }

    /** In forced colours (Windows high contrast) the drawing takes the system's colours instead of its own. */
    @Test
    void inForcedColoursTheFigureUsesTheSystemColours() {
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setForcedColors(com.microsoft.playwright.options.ForcedColors.ACTIVE));
        visit("/en/what-is-mps");
        Object zoneStroke = page.evaluate(
                "() => getComputedStyle(document.querySelector('.referral-figure .illustration .fig-zone')).stroke");
        assertThat(zoneStroke).isNotEqualTo("rgb(194, 65, 12)");
        page.locator(".referral-figure")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(java.nio.file.Path.of("target/screenshots/what-is-mps-figure-forced-colors.png")));
    }
}
