package org.mpscommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mpscommons.SiteTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every browser test: a real Chromium against the running site. Every page a test visits is checked with
 * axe-core (WCAG 2.2 AA) and the Nu HTML Checker, and must cause no console error and no request to another host.
 */
@SiteTest
public abstract class BrowserTest {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @LocalServerPort
    int port;

    protected BrowserContext context;
    protected Page page;
    private Browser.NewContextOptions contextOptions;
    protected final List<String> consoleErrors = new ArrayList<>();
    protected final List<String> foreignRequests = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        openBrowser(new Browser.NewContextOptions().setLocale("en-US"));
    }

    /** Replaces the default context, e.g. to turn JavaScript off or send another Accept-Language. */
    protected void openBrowser(Browser.NewContextOptions options) {
        closeBrowser();
        contextOptions = options;
        // Each browser comes from an address of its own (see SiteClient), so per-address limits count it apart.
        context = Chromium.shared()
                .newContext(options.setExtraHTTPHeaders(
                        java.util.Map.of("X-Forwarded-For", org.mpscommons.SiteClient.nextAddress())));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text() + " (at " + message.location() + ")");
            }
        });
        page.onPageError(error -> consoleErrors.add(error));
        page.onRequest(request -> {
            String host = URI.create(request.url()).getHost();
            if (host != null && !host.equals("localhost") && !host.equals("127.0.0.1")) {
                foreignRequests.add(request.url());
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Signs in as a member with a staff role (moderator, editor, admin), who must turn on two-factor sign-in at their
     * first sign-in: the steps a new staff member takes.
     */
    protected void signInWithSecondFactor(String email) {
        visit("/en/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(org.mpscommons.accounts.AccountsFixture.PASSWORD);
        page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(url("/en/account/two-factor?required"));
        page.locator("#code")
                .fill(org.mpscommons.accounts.TotpCodes.code(
                        page.locator("code.secret").first().textContent(), 0));
        page.locator("form.form button[type=submit]").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".recovery-codes li"))
                .hasCount(10);
    }

    /** Opens a page that must answer 200, then checks it. */
    protected Response visit(String path) {
        return visit(path, 200);
    }

    protected Response visit(String path, int expectedStatus) {
        Response response = page.navigate(url(path));
        assertThat(response.status()).as("status of %s", path).isEqualTo(expectedStatus);
        if (expectedStatus >= 400) {
            // Chromium reports the error status of the page itself on the console; that one is expected here.
            String itself = "Failed to load resource: the server responded with a status of " + expectedStatus + " ()"
                    + " (at " + url(path);
            consoleErrors.removeIf(error -> error.startsWith(itself));
        }
        assertClean(response);
        return response;
    }

    /** The page now shown (after navigation or a click) passes every check. */
    protected void assertClean(Response response) {
        String where = page.url();
        assertThat(describe(axeViolations(where)))
                .as("axe-core violations on %s", where)
                .isEmpty();
        assertThat(HtmlValidator.shared().errors(response.text()))
                .as("HTML validation errors on %s", where)
                .isEmpty();
        assertThat(smallTargets())
                .as("controls smaller than 44x44 CSS px on %s", where)
                .isEmpty();
        assertThat(consoleErrors).as("console errors on %s", where).isEmpty();
        assertThat(foreignRequests).as("requests to other hosts from %s", where).isEmpty();
    }

    /**
     * axe-core runs as JavaScript: with JavaScript off, the same page is checked in a twin context that has it.
     * Legacy mode runs axe in the page itself; the default opens a blank page to combine the frames' results, which
     * cost about 1.5 s a check with Debian's Chromium 156. The site's pages have no frames to combine.
     */
    private List<Rule> axeViolations(String where) {
        if (!Boolean.FALSE.equals(contextOptions.javaScriptEnabled)) {
            return axe(page).getViolations();
        }
        try (BrowserContext twin = Chromium.shared()
                .newContext(new Browser.NewContextOptions()
                        .setLocale(contextOptions.locale)
                        .setViewportSize(page.viewportSize().width, page.viewportSize().height))) {
            // The same cookies: a signed-in page, or a step of the doctor kit, is the same page in the twin.
            twin.addCookies(context.cookies());
            Page twinPage = twin.newPage();
            twinPage.navigate(where);
            return axe(twinPage).getViolations();
        }
    }

    /**
     * Every control the reader taps, at least 44x44 CSS px as the style promises (axe's target-size rule asks for 24).
     * Excepted, as WCAG 2.5.8 excepts them: links inside running text, whose size the line sets; hidden controls. A
     * checkbox or radio counts with its label, which is the target a finger finds.
     */
    protected List<String> smallTargets() {
        if (!Boolean.FALSE.equals(contextOptions.javaScriptEnabled)) {
            return measureTargets(page);
        }
        // Measuring is JavaScript: with it off, the same page is measured in a twin context that has it, as for axe.
        try (BrowserContext twin = Chromium.shared()
                .newContext(new Browser.NewContextOptions()
                        .setLocale(contextOptions.locale)
                        .setViewportSize(page.viewportSize().width, page.viewportSize().height))) {
            twin.addCookies(context.cookies());
            Page twinPage = twin.newPage();
            twinPage.navigate(page.url());
            return measureTargets(twinPage);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> measureTargets(Page measured) {
        return (List<String>) measured.evaluate(SMALL_TARGETS);
    }

    private static final String SMALL_TARGETS = """
            () => {
              const small = [];
              const inRunningText = (el) => {
                if (getComputedStyle(el).display !== 'inline') return false;
                let block = el.parentElement;
                while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
                if (!block) return false;
                const rest = block.textContent.replace(el.textContent, '');
                return /[\\p{L}\\p{N}]/u.test(rest);
              };
              const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
              for (const el of document.querySelectorAll(controls)) {
                if (el.closest('.honeypot, .visually-hidden')) continue;
                if (!el.checkVisibility({ visibilityProperty: true })) continue;
                let box = el.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) continue;
                if ((el.type === 'checkbox' || el.type === 'radio') && (el.closest('label') || el.labels?.length)) {
                  box = (el.closest('label') || el.labels[0]).getBoundingClientRect();
                }
                if (el.tagName === 'A' && inRunningText(el)) continue;
                if (box.width < 43.5 || box.height < 43.5) {
                  const name = (el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 40);
                  small.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).replace(/ /g, '.') : '')
                      + ' "' + name + '" ' + Math.round(box.width) + 'x' + Math.round(box.height));
                }
              }
              return small;
            }
            """;

    private static com.deque.html.axecore.results.AxeResults axe(Page checked) {
        return new AxeBuilder(checked).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }

    private static List<String> describe(List<Rule> violations) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : violations) {
            rule.getNodes()
                    .forEach(node -> lines.add(rule.getId() + ": " + rule.getHelp() + " at " + node.getTarget()));
        }
        return lines;
    }
}
