package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.forum.ForumFixture;
import org.mpscommons.search.Search;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Searching as people do: from the box in the header, in Japanese on a phone and in English with JavaScript off,
 * then narrowing the results in the folded filters and taking filters off again by their chips; a busy topic is one
 * result; the first result is in sight without scrolling. Every page passes axe-core and the HTML checker.
 */
class SearchBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Search search;

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
        assertThat(page.locator("#search-q")).hasValue("坐骨神経痛");
        assertThat(page.locator(".search-results a[href='/ja/articles/sciatica']"))
                .hasCount(1);
        assertThat(page.locator(".search-results mark").first()).isVisible();
        screenshot("search-ja-phone");
    }

    @Test
    void anEnglishReaderNarrowsTheResultsWithoutJavaScriptAndTakesFiltersOffByTheirChips() {
        openBrowser(new Browser.NewContextOptions().setLocale("en-US").setJavaScriptEnabled(false));
        visit("/en/articles/");
        page.locator("#header-q").fill("trigger point injection");
        Response results = page.waitForNavigation(
                () -> page.locator("form.header-search button").click());
        assertClean(results);
        // The filters are folded away: one line between the query and the results.
        Locator filters = page.locator("details.search-filter-disclosure");
        assertThat(filters).not().hasAttribute("open", "");
        assertThat(page.locator("#search-type")).isHidden();
        assertThat(page.locator(".filter-chips")).hasCount(0);

        filters.locator("summary").click();
        page.locator("#search-type").selectOption("article");
        page.locator("#search-language").selectOption("ja");
        Response narrowed = page.waitForNavigation(
                () -> filters.locator("button[type=submit]").click());
        assertClean(narrowed);
        assertThat(page.locator(".search-results a[href='/ja/articles/injections-compared']"))
                .hasCount(1);
        assertThat(page.locator(".search-results a[href^='/en/']")).hasCount(0);
        assertThat(page.locator("details.search-filter-disclosure")).not().hasAttribute("open", "");
        Locator chips = page.locator(".filter-chips a.chip");
        assertThat(chips).hasCount(2);
        assertThat(chips.nth(0)).containsText("Type: Articles");
        assertThat(chips.nth(1)).containsText("Language: 日本語");
        assertThat(page.locator(".filter-chips a.chip-clear")).hasText("Clear all filters");
        for (Locator each : chips.all()) {
            assertThat(each.boundingBox().height).isGreaterThanOrEqualTo(44);
        }
        assertThat(page.locator(".filter-chips a.chip-clear").boundingBox().height)
                .isGreaterThanOrEqualTo(44);

        // Taking "Type: Articles" off: everything in Japanese again, the other filter kept.
        Response wider = page.waitForNavigation(() -> chips.nth(0).click());
        assertClean(wider);
        assertThat(page.locator("#search-type")).hasValue("");
        assertThat(page.locator("#search-language")).hasValue("ja");
        assertThat(page.locator(".filter-chips a.chip")).hasCount(1);
        assertThat(page.locator(".filter-chips a.chip")).containsText("Language: 日本語");
        assertThat(page.locator(".filter-chips a.chip-clear")).hasCount(0);
        assertThat(page.locator(".search-results a[href^='/en/']")).hasCount(0);
        assertThat(page.locator("#search-q")).hasValue("trigger point injection");

        Response all = page.waitForNavigation(
                () -> page.locator(".filter-chips a.chip").click());
        assertClean(all);
        assertThat(page.locator(".filter-chips")).hasCount(0);
        assertThat(page.locator(".search-results a[href^='/en/']").first()).isVisible();
    }

    @Test
    void aFilterThatCannotBeUsedOpensTheFiltersToSayWhy() {
        visit("/en/search?q=sciatica&since=decade");
        assertThat(page.locator("details.search-filter-disclosure")).hasAttribute("open", "");
        assertThat(page.locator("#search-since-error")).isVisible();
        assertThat(page.locator("#search-since")).hasAttribute("aria-describedby", "search-since-error");
        assertThat(page.locator(".filter-chips")).hasCount(0);
        assertThat(page.locator(".search-results a[href='/en/articles/sciatica']"))
                .hasCount(1);
        screenshot("search-filter-error-en");
    }

    @Test
    void aTopicWhoseThreePostsMatchIsOneResultThatLeadsToTheOtherTwo() {
        ForumFixture forum = new ForumFixture(context, port);
        SiteClient member = forum.member().client();
        String word = "brw" + letters();
        String topic = ForumFixture.startTopic(member, "Jaw pain when chewing", "It starts at " + word + ".");
        ForumFixture.reply(member, topic, "Mine too, " + word + " and " + word + ".");
        ForumFixture.reply(member, topic, "Have you tried warmth? " + word + ".");
        ForumFixture.startTopic(member, "Headaches in the morning", "Also " + word + " here.");
        String group = "TOPIC:" + ForumFixture.topicId(topic);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        // Both topics and every reply indexed.
        while (search.search(new Search.Request(word, null, null, 1, "en")).hits().stream()
                        .noneMatch(hit -> group.equals(hit.group()) && hit.more() == 2)
                || search.search(new Search.Request(word, null, null, 1, "en"))
                                .hits()
                                .size()
                        != 2) {
            assertThat(System.nanoTime()).as("indexed within 10 s").isLessThan(end);
            page.waitForTimeout(100);
        }

        visit("/en/search?q=" + word);
        assertThat(page.locator(".search-results > li")).hasCount(2);
        assertThat(page.locator(".search-count")).hasText("Found 2.");
        Locator more = page.locator(".search-more a");
        assertThat(more).hasCount(1);
        assertThat(more).hasText("2 more matches in this topic");
        assertThat(more.boundingBox().height).isGreaterThanOrEqualTo(44);

        Response inTopic = page.waitForNavigation(more::click);
        assertClean(inTopic);
        assertThat(page.locator(".search-results > li")).hasCount(3);
        assertThat(page.locator(".search-results mark").first()).isVisible();
        assertThat(page.locator(".filter-chips a.chip")).containsText("Topic: Jaw pain when chewing");
        screenshot("search-in-topic-en");

        Response everywhere = page.waitForNavigation(
                () -> page.locator(".filter-chips a.chip").click());
        assertClean(everywhere);
        assertThat(page.locator(".search-results > li")).hasCount(2);
    }

    @Test
    void theFirstResultIsInSightWithoutScrollingOnAPhone() {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        // Two filters in use: their chips take a line more than a plain search.
        visit("/ja/search?q=" + encode("坐骨神経痛") + "&type=article&language=ja");
        inSight("search-ja-390x844");
        assertFirstResultAboveTheFold(844);
        visit("/en/search?q=sciatica");
        inSight("search-en-390x844");
        assertFirstResultAboveTheFold(844);
    }

    @Test
    void theFirstResultIsInSightWithoutScrollingOnADesktop() {
        openBrowser(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        visit("/en/search?q=sciatica&language=en");
        inSight("search-en-1280x800");
        assertFirstResultAboveTheFold(800);
        visit("/ja/search?q=" + encode("坐骨神経痛"));
        inSight("search-ja-1280x800");
        assertFirstResultAboveTheFold(800);
        visit("/en/search?q=zzzqqqxxx");
        assertThat(page.locator(".empty-state h2")).hasText("Nothing found for \"zzzqqqxxx\"");
        inSight("search-none-en-1280x800");
    }

    /** The whole first result, title to date, lies within the first screen. */
    private void assertFirstResultAboveTheFold(int viewportHeight) {
        assertThat(page.locator("details.search-filter-disclosure")).not().hasAttribute("open", "");
        BoundingBox first = page.locator(".search-results > li").first().boundingBox();
        assertThat(first.y).as("top of the first result").isGreaterThan(0);
        assertThat(first.y + first.height).as("bottom of the first result").isLessThanOrEqualTo(viewportHeight);
    }

    /** What a reader sees before scrolling. */
    private void inSight(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")));
    }

    /** A word nobody wrote: letters only (the Japanese analyzer splits Latin text where digits begin). */
    private static String letters() {
        StringBuilder word = new StringBuilder();
        long seed = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + (int) (seed % 26)));
            seed /= 26;
        }
        return word.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
