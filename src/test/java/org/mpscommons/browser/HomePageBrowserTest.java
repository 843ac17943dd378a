package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

class HomePageBrowserTest extends BrowserTest {

    @Test
    void englishHomePageExplainsMpsAndPassesEveryCheck() {
        visit("/en/");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Your pain may come from your muscles");
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("What is myofascial pain syndrome?")))
                .isVisible();
        assertThat(page.locator("link[rel=alternate][hreflang=ja]")).hasAttribute("href", url("/ja/"));
        assertThat(page.locator("link[rel=canonical]")).hasAttribute("href", url("/en/"));
        assertThat(page.locator("footer")).containsText("not medical advice");
        screenshot("home-en");
    }

    @Test
    void japaneseHomePageExplainsMpsAndPassesEveryCheck() {
        visit("/ja/");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertThat(page.locator("h1")).hasText("その痛み、筋肉から来ているのかもしれません");
        assertThat(page.locator("main")).containsText("椎間板ヘルニア");
        assertThat(page.locator("link[rel=alternate][hreflang=en]")).hasAttribute("href", url("/en/"));
        assertThat(page.locator("link[rel=alternate][hreflang=x-default]")).hasAttribute("href", url("/"));
        assertThat(page.locator("footer")).containsText("医療上の助言");
        screenshot("home-ja");
    }

    @Test
    void aJapaneseBrowserArrivingAtTheRootGetsTheJapaneseHomePage() {
        openBrowser(new Browser.NewContextOptions().setLocale("ja-JP"));
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/ja/"));
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
    }

    @Test
    void theHomePageWorksOnAPhoneWithJavaScriptOff() {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setJavaScriptEnabled(false)
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/ja/");
        // One line of header: the name, the search and the menu, which opens without JavaScript.
        assertThat(page.locator("nav.site-nav")).isHidden();
        assertThat(page.locator(".site-header").boundingBox().height).isLessThanOrEqualTo(72);
        page.locator(".header-menu summary").click();
        assertThat(page.locator(".menu-nav a")).hasCount(10);
        assertThat(page.locator(".menu-nav a").nth(2)).hasText("医師に相談");
        // Nothing is wider than the phone's screen.
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        screenshot("home-ja-phone");
    }
}
