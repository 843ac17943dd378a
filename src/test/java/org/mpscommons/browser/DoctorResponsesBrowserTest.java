package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpscommons.doctorkit.ResponsesFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Telling the site how a doctor responded, in Japanese on a phone without JavaScript and in English after a mistake,
 * then reading the statistics, where some numbers are shown and some hidden; every page passes the checks.
 */
class DoctorResponsesBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void seed() {
        ResponsesFixture.clear(context);
        ResponsesFixture.add(context, 20, "sciatica", "open_treated", "jp", "tokyo", 2023, 3);
        ResponsesFixture.add(context, 12, "sciatica", "open_referred", "jp", "chiba", 2024, 1);
        ResponsesFixture.add(context, 25, "sciatica", "did_not_know", "jp", "chiba", 2024, 1);
        ResponsesFixture.add(context, 14, "disc_herniation", "refused", "jp", "saitama", 2023, 5);
        ResponsesFixture.add(context, 12, "sciatica", "refused", "jp", "osaka", 2023, 6);
        ResponsesFixture.add(context, 3, "none", "did_not_know", "jp", "osaka", 2023, 6);
        ResponsesFixture.add(context, 15, "low_back_pain", "open_referred", "us", null, 2023, 9);
        ResponsesFixture.add(context, 20, "low_back_pain", "did_not_know", "us", null, 2024, 8);
        ResponsesFixture.add(context, 2, "fibromyalgia", "other", "de", null, 2023, 12);
    }

    @Test
    void aJapanesePatientAnswersOnAPhoneWithoutJavaScriptAndReadsTheStatistics() {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setJavaScriptEnabled(false)
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/ja/doctor-kit/responses/new");
        assertThat(page.locator("h1")).hasText("医師はどのように応じましたか？");
        page.locator("#diagnosis").selectOption("spinal_canal_stenosis");
        page.locator("label[for='response-did_not_know']").click();
        page.locator("#country").selectOption("jp");
        page.locator("#prefecture").selectOption("fukuoka");
        page.locator("#year").selectOption("2024");
        page.locator("#month").selectOption("10");
        screenshot("doctor-responses-form-ja-phone");
        Response thanks = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertClean(thanks);
        assertThat(page.locator("h1")).hasText("ありがとうございました");

        Response statistics = page.waitForNavigation(
                () -> page.locator("main a[href='/ja/doctor-kit/responses']").click());
        assertClean(statistics);
        assertThat(page.locator("h1")).hasText("MPS を相談したときの医師の応じ方");
        assertThat(page.locator("main")).containsText("これまでの回答は124件です。");
        assertThat(page.locator("#by_region-heading")).hasText("地域ごと");
        assertThat(page.locator("td.hidden-count").first()).hasText("非表示");
        assertThat(page.locator("svg.chart-bar[role=img]").first()).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        screenshot("doctor-responses-statistics-ja-phone");
    }

    @Test
    void anEnglishPatientCorrectsAMistakeAndIsThanked() {
        visit("/en/doctor-kit/responses");
        assertThat(page.locator("main")).containsText("123 answers so far.");
        assertThat(page.locator("#by_country-caption")).hasText("By country: number of answers");
        assertThat(page.locator("#by_diagnosis-caption"))
                .hasText("By diagnosis before the visit: number of answers of every kind together");
        screenshot("doctor-responses-statistics-en");

        Response form = page.waitForNavigation(() -> page.locator("main a.button[href='/en/doctor-kit/responses/new']")
                .click());
        assertClean(form);
        page.locator("#diagnosis").selectOption("none");
        page.locator("#response-refused").check();
        page.locator("#country").selectOption("jp");
        page.locator("#year").selectOption("2025");
        Response refused = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertClean(refused);
        assertThat(page.locator(".error-summary")).containsText("Please choose the prefecture of the visit in Japan.");
        assertThat(page.locator(".error-summary")).containsText("Please choose the year and month of the visit");
        assertThat(page.locator("#response-refused")).isChecked();
        assertThat(page.locator("#prefecture")).hasAttribute("aria-invalid", "true");

        page.locator("#prefecture").selectOption("hiroshima");
        page.locator("#month").selectOption("1");
        Response thanks = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertClean(thanks);
        assertThat(page.locator("h1")).hasText("Thank you");
        assertThat(page).hasURL(url("/en/doctor-kit/responses/thanks"));
    }

    /**
     * A young site of 44 answers, on a phone (390×844) and on a desktop, in both languages: the page says in words why
     * the breakdowns are not drawn, and shows all answers together and the answers per country, year, region and
     * diagnosis; nothing overflows the screen.
     */
    @Test
    void aYoungSiteExplainsItsStatisticsOnAPhoneAndADesktopInBothLanguages() {
        ResponsesFixture.clear(context);
        ResponsesFixture.add(context, 9, "sciatica", "did_not_know", "jp", "tokyo", 2024, 4);
        ResponsesFixture.add(context, 6, "low_back_pain", "open_treated", "jp", "tokyo", 2024, 5);
        ResponsesFixture.add(context, 5, "sciatica", "refused", "jp", "osaka", 2025, 2);
        ResponsesFixture.add(context, 7, "none", "did_not_know", "jp", "kanagawa", 2025, 3);
        ResponsesFixture.add(context, 3, "fibromyalgia", "open_referred", "jp", "fukuoka", 2025, 6);
        ResponsesFixture.add(context, 3, "none", "other", "jp", "hokkaido", 2025, 7);
        ResponsesFixture.add(context, 7, "low_back_pain", "open_treated", "us", null, 2024, 8);
        ResponsesFixture.add(context, 4, "sciatica", "did_not_know", "us", null, 2025, 9);
        for (String lang : new String[] {"ja", "en"}) {
            for (boolean phone : new boolean[] {true, false}) {
                Browser.NewContextOptions options =
                        new Browser.NewContextOptions().setLocale(lang.equals("ja") ? "ja-JP" : "en-US");
                openBrowser(
                        phone
                                ? options.setViewportSize(390, 844)
                                        .setIsMobile(true)
                                        .setHasTouch(true)
                                : options.setViewportSize(1280, 900));
                visit("/" + lang + "/doctor-kit/responses");
                assertThat(page.locator(".statistics-young"))
                        .containsText(lang.equals("ja") ? "これまでの回答は44件です。" : "There are 44 answers so far.");
                assertThat(page.locator("#overall-heading"))
                        .hasText(lang.equals("ja") ? "すべての回答の合計" : "All answers together");
                assertThat(page.locator("svg.chart-bar[role=img]")).hasCount(1);
                assertThat(page.locator("#by_country-caption + thead + tbody tr")
                                .first())
                        .containsText(lang.equals("ja") ? "日本" : "Japan");
                assertThat(page.locator("#by_country-caption + thead + tbody tr")
                                .first())
                        .containsText("33");
                assertThat(page.locator("#by_region-heading ~ .statistics-withheld"))
                        .containsText(lang.equals("ja") ? "11件以上" : "at least 11 answers");
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
                org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
                screenshot("doctor-responses-young-site-" + lang + (phone ? "-phone" : "-desktop"));
            }
        }
    }
}
