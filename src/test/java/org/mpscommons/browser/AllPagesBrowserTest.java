package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page of the site, in both languages, passes axe-core and the HTML checker. */
class AllPagesBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/what-is-mps",
                "/ja/what-is-mps",
                "/en/about",
                "/ja/about",
                "/en/privacy",
                "/ja/privacy",
                "/en/contact",
                "/ja/contact",
                "/en/register",
                "/ja/login",
                "/ja/login?error",
                "/en/password-reset",
                "/ja/password-reset/sent",
                "/en/verify-email?token=unknown",
                "/ja/password-reset/new?token=unknown",
                "/en/register/check-email",
                "/en/forum/",
                "/ja/forum/",
                "/ja/forum/c/introductions",
                "/en/forum/c/questions-for-professionals?lang=ja&sort=unanswered",
                "/ja/unsubscribe?done",
                "/en/articles/",
                "/ja/articles/",
                "/en/articles/what-is-mps",
                "/ja/articles/injections-compared",
                "/en/articles/why-mps-is-missed/history",
                "/ja/articles/what-is-mps/history",
                "/en/links",
                "/ja/links",
                "/en/doctor-kit/responses",
                "/ja/doctor-kit/responses/data",
                "/ja/doctor-kit/responses/new",
                "/en/doctor-kit/responses/thanks",
                "/ja/search?q=%E5%9D%90%E9%AA%A8%E7%A5%9E%E7%B5%8C%E7%97%9B",
                "/en/search?q=trigger+point+injection&type=article&category=treatments&since=year",
                "/en/search?q=zzzqqq",
                "/ja/search",
                "/en/doctor-kit",
                "/ja/doctor-kit",
                "/en/articles/k/for-doctors",
                "/en/warning-signs",
                "/en/articles/k/editorial-policy",
                "/ja/articles/k/editorial-policy",
                "/ja/articles/k/for-doctors"
            })
    void pagePassesEveryCheck(String path) {
        visit(path);
        assertThat(page.locator("html")).hasAttribute("lang", path.substring(1, 3));
        assertThat(page.locator("h1")).hasCount(1);
    }
}
