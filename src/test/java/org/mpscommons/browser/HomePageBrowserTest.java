package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.mpscommons.forum.ForumFixture;
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
        assertThat(page.locator("nav.site-nav a")).hasCount(9);
        // Nothing is wider than the phone's screen.
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        screenshot("home-ja-phone");
    }
}
