package org.mpscommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The site's main pages as readers see them, on a 390x844 phone and a 1280x800 desktop, in both languages: each page
 * passes every check of {@link BrowserTest} at both sizes, its header fits one line, it weighs at most 60 KB of
 * HTML, CSS and JavaScript as sent (compressed, before photos), and its screenshot goes to {@code target/screenshots}
 * for a person to look at.
 */
class ScreenshotsBrowserTest extends BrowserTest {

    /** Compressed HTML + CSS + JavaScript of one page, photos and pictures aside. */
    static final long PAGE_WEIGHT_BUDGET = 60 * 1024;

    /** The phone's header: one line, so that it takes less than a tenth of the screen. */
    static final double PHONE_HEADER_HEIGHT = 72;

    @Autowired
    ApplicationContext context;

    private String topicPath;

    @BeforeEach
    void aConversation() {
        ForumFixture.Member member = new ForumFixture(context, port).member();
        topicPath = ForumFixture.startTopic(
                member.client(),
                "My shoulder pain was a muscle after all",
                "For two years I was told it was my neck. A physiotherapist found a tight spot in my upper"
                        + " trapezius that sent pain to my temple when pressed.");
        ForumFixture.reply(member.client(), topicPath, "Thank you for writing this. Did stretching help?");
    }

    @Test
    void theMainPagesLookRightOnAPhoneAndADesktopInBothLanguages() {
        List<String> weights = new ArrayList<>();
        for (String lang : List.of("ja", "en")) {
            for (Viewport viewport : Viewport.values()) {
                for (Shot shot : shots(lang)) {
                    openBrowser(new Browser.NewContextOptions()
                            .setLocale(lang.equals("ja") ? "ja-JP" : "en-US")
                            .setViewportSize(viewport.width, viewport.height)
                            .setIsMobile(viewport == Viewport.PHONE)
                            .setHasTouch(viewport == Viewport.PHONE));
                    visit(shot.path());
                    String name =
                            shot.name() + "-" + lang + "-" + viewport.name().toLowerCase();
                    if (viewport == Viewport.PHONE) {
                        assertThat(page.locator(".site-header").boundingBox().height)
                                .as("header height of %s", name)
                                .isLessThanOrEqualTo(PHONE_HEADER_HEIGHT);
                        // The site's name fits beside the search and the menu, not cut short with an ellipsis.
                        assertThat(page.evaluate("() => { const name = document.querySelector('.site-name-main');"
                                        + " return name.scrollWidth <= name.clientWidth; }"))
                                .as("the site's name shown whole in the header of %s", name)
                                .isEqualTo(true);
                    }
                    assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                            .as("%s is no wider than the screen", name)
                            .isEqualTo(true);
                    long weight = ((Number) page.evaluate(WEIGHT)).longValue();
                    weights.add(name + " " + weight);
                    assertThat(weight).as("compressed weight of %s", name).isLessThanOrEqualTo(PAGE_WEIGHT_BUDGET);
                    screenshot(name);
                }
            }
        }
        assertThat(weights).hasSize(2 * 2 * shots("en").size());
    }

    private List<Shot> shots(String lang) {
        return List.of(
                new Shot("home", "/" + lang + "/"),
                new Shot("article", "/" + lang + "/articles/what-is-mps"),
                new Shot("forum", "/" + lang + "/forum/"),
                new Shot("category", "/" + lang + "/forum/c/pain-and-diagnosis"),
                new Shot("topic", "/" + lang + topicPath),
                new Shot("search", "/" + lang + "/search?q=MPS"),
                new Shot("kit", "/" + lang + "/doctor-kit"),
                new Shot("design", "/" + lang + "/design"));
    }

    private record Shot(String name, String path) {}

    private enum Viewport {
        PHONE(390, 844),
        DESKTOP(1280, 800);

        final int width;
        final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    /**
     * Bytes as sent (compressed) of the document, its style sheets and its scripts, from the Resource Timing entries
     * of a fresh browser context, where nothing is cached yet. Images are left out, as the budget says.
     */
    private static final String WEIGHT = """
            () => {
              const nav = performance.getEntriesByType('navigation')[0].encodedBodySize;
              const rest = performance.getEntriesByType('resource')
                  .filter(entry => /\\.(css|js)$/.test(new URL(entry.name).pathname))
                  .reduce((sum, entry) => sum + entry.encodedBodySize, 0);
              return nav + rest;
            }
            """;
}
