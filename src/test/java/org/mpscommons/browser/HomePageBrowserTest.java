package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpscommons.forum.ForumFixture;
import org.mpscommons.web.PhraseBreaks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The home page as a newcomer meets it: the site's name and what it is for, then ways in (where it hurts, asking the
 * doctor, what MPS is), the warning about care that cannot wait, and what people are talking about now.
 */
class HomePageBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    private void phone(String locale) {
        openBrowser(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    private void desktop(String locale) {
        openBrowser(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 800));
    }

    @Test
    void onAPhoneTheWayInForSomeoneInPainIsOnTheFirstScreen() {
        phone("en-US");
        visit("/en/");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator(".home-name")).hasText("MPS Commons");
        assertThat(page.locator("h1")).hasText("Myofascial pain, understood together");
        Locator hurt = page.locator(".card-primary");
        assertThat(hurt).containsText("Where does it hurt?");
        BoundingBox box = hurt.boundingBox();
        assertThat(box.y + box.height)
                .as("bottom of the card on an 844px screen")
                .isLessThanOrEqualTo(844);
        assertThat(hurt.locator("a")).hasAttribute("href", "/en/doctor-kit");
        // The warning comes before the reading and the discussions.
        assertThat((Boolean) page.evaluate("""
                () => {
                  const notice = document.querySelector('main .notice');
                  const learn = document.querySelector('main a[href="/en/what-is-mps"]');
                  return !!(notice.compareDocumentPosition(learn) & Node.DOCUMENT_POSITION_FOLLOWING);
                }""")).isTrue();
        assertThat(page.locator("main .notice h2")).hasText("When to see a doctor promptly");
        assertThat(page.locator("link[rel=alternate][hreflang=ja]")).hasAttribute("href", url("/ja/"));
        assertThat(page.locator("link[rel=canonical]")).hasAttribute("href", url("/en/"));
        assertThat(page.locator("footer")).containsText("not medical advice");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        screenshot("home-en-390x844");

        desktop("en-US");
        visit("/en/");
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Featured articles")))
                .isVisible();
        assertThat(page.locator("a[href='/en/about#trust']")).hasText("How this site is reviewed");
        screenshot("home-en-1280x800");
    }

    @Test
    void theJapaneseHomePageNamesTheSiteInJapanese() {
        phone("ja-JP");
        visit("/ja/");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertThat(page.locator(".home-name")).containsText("MPSコモンズ");
        assertThat(page.locator(".home-name span[lang=en]")).hasText("MPS Commons");
        assertThat(page.locator("h1")).hasText("筋筋膜性疼痛を、ともに知る");
        Locator hurt = page.locator(".card-primary");
        assertThat(hurt).containsText("どこが痛みますか？");
        BoundingBox box = hurt.boundingBox();
        assertThat(box.y + box.height)
                .as("bottom of the card on an 844px screen")
                .isLessThanOrEqualTo(844);
        assertThat(page.locator("link[rel=alternate][hreflang=en]")).hasAttribute("href", url("/en/"));
        assertThat(page.locator("link[rel=alternate][hreflang=x-default]")).hasAttribute("href", url("/"));
        assertThat(page.locator("footer")).containsText("医療上の助言");
        screenshot("home-ja-390x844");

        desktop("ja-JP");
        visit("/ja/");
        assertThat(page.locator("main")).containsText("早めに受診してほしいとき");
        screenshot("home-ja-1280x800");
    }

    @Test
    void aNewTopicAppearsAmongTheLatestDiscussions() {
        visit("/en/");
        String title = "Shoulder pain that reaches my temple " + ForumFixture.unique("");
        ForumFixture forum = new ForumFixture(context, port);
        String topicPath = ForumFixture.startTopic(
                forum.member().client(),
                "treatments",
                title,
                "Pressing a spot between my neck and shoulder brings on my usual headache. Has anyone else felt this?",
                "public");

        visit("/en/");
        Locator latest = page.locator("section.home-section")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                com.microsoft.playwright.options.AriaRole.HEADING,
                                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Latest discussions"))));
        Locator card = latest.locator(".card").first();
        assertThat(card.locator("h3 a")).hasText(title);
        assertThat(card.locator("h3 a")).hasAttribute("href", "/en" + topicPath);
        assertThat(card.locator(".card-excerpt")).containsText("Pressing a spot between my neck and shoulder");
        assertThat(card.locator(".card-meta")).containsText("No replies");
        assertThat(card.locator(".card-meta")).containsText("Treatments");
        card.locator("h3 a").click();
        assertThat(page.locator("h1")).hasText(title);
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
        assertThat(page.locator(".menu-nav a")).hasCount(11);
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
