package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpscommons.web.PhraseBreaks;

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

    /**
     * On a phone, a Japanese heading that needs two lines breaks between phrases: every line begins where a phrase
     * begins (BudouX's phrases, which PhraseBreaksTest checks against BudouX itself) or after a space; only a phrase
     * that began a line and is still wider than it breaks inside; and no line holds a single character (「ん」).
     * Where lines begin is read from the rendered text, one character's box at a time.
     */
    @Test
    void japaneseHeadingsBreakOnlyBetweenPhrasesOnAPhone() {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/ja/");
        Locator headings = page.locator("main h1, main h2");
        int wrapped = 0;
        for (int i = 0; i < headings.count(); i++) {
            String text = headings.nth(i).textContent();
            List<Integer> lineStarts = lineStarts(headings.nth(i));
            List<String> lines = lines(text, lineStarts);
            assertThat(lineStarts)
                    .as("lines of the heading %s: %s", text, lines)
                    .allMatch(start -> beginsAPhraseOrALongPhrasesNextLine(text, lineStarts, start));
            assertThat(lines)
                    .as("lines of the heading %s", text)
                    .allMatch(line -> line.strip().length() >= 2);
            wrapped += lineStarts.isEmpty() ? 0 : 1;
        }
        assertThat(wrapped)
                .as("headings on two lines or more, which the check needs")
                .isPositive();
        screenshot("home-ja-390");
    }

    private static boolean beginsAPhraseOrALongPhrasesNextLine(String text, List<Integer> lineStarts, int start) {
        if (Character.isWhitespace(text.charAt(start - 1))) {
            return true;
        }
        int phraseStart = 0;
        for (String phrase : PhraseBreaks.japanese().phrases(text)) {
            if (start == phraseStart) {
                return true;
            } else if (start < phraseStart + phrase.length()) {
                return phraseStart == 0 || lineStarts.contains(phraseStart);
            }
            phraseStart += phrase.length();
        }
        return false;
    }

    /** Offsets in the element's text of the characters that begin its second and later lines. */
    private static List<Integer> lineStarts(Locator element) {
        @SuppressWarnings("unchecked")
        List<Number> starts = (List<Number>) element.evaluate("""
                element => {
                  const starts = [];
                  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                  const range = document.createRange();
                  let offset = 0;
                  let lineTop = null;
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (let i = 0; i < node.length; i++) {
                      range.setStart(node, i);
                      range.setEnd(node, i + 1);
                      const box = range.getClientRects()[0];
                      if (!box || box.width === 0) continue;
                      if (lineTop !== null && box.top > lineTop + box.height / 2) starts.push(offset + i);
                      if (lineTop === null || box.top > lineTop + box.height / 2) lineTop = box.top;
                    }
                    offset += node.length;
                  }
                  return starts;
                }""");
        return starts.stream().map(Number::intValue).toList();
    }

    private static List<String> lines(String text, List<Integer> starts) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int start : starts) {
            lines.add(text.substring(from, start));
            from = start;
        }
        lines.add(text.substring(from));
        return lines;
    }
}
