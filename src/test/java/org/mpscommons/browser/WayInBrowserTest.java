package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpscommons.TestMailServer;

/**
 * The way in on a phone (390 × 844), in each language: a registration sent too fast (as autofill does) comes back with
 * what was typed and a plain request to send it again; the second send works; confirming the address signs in; the
 * account page opens with a welcome and its sections in order.
 */
class WayInBrowserTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Please check your details and send the form again|Confirm your email address|Confirm my email address"
                        + "|Welcome, {name}.|Profile,Notifications,Security,Your data",
                "ja|内容をご確認のうえ、もう一度送信してください|メールアドレスの確認|メールアドレスを確認する" + "|ようこそ、{name}さん。|プロフィール,お知らせ,セキュリティ,あなたのデータ"
            })
    void aRegistrationSentTooFastComesBackThenConfirmingSignsIn(
            String lang, String notice, String mailSubject, String confirmButton, String welcome, String sections) {
        TestMailServer.shared();
        openBrowser(new Browser.NewContextOptions()
                .setLocale(lang.equals("ja") ? "ja-JP" : "en-US")
                .setViewportSize(390, 844));
        String name = "Mio" + UUID.randomUUID().toString().substring(0, 6);
        String email = name.toLowerCase() + "@example.jp";
        String password = "slow tea on a quiet porch";

        visit("/" + lang + "/register");
        page.locator("#displayName").fill(name);
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        // The tests' forms have no minimum time (SiteTest); a form whose time is missing fails the same check as one
        // sent within 3 seconds.
        page.locator("input[name=started]").evaluate("field => field.value = ''");
        Response again = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page.locator("#send-again h2")).hasText(notice);
        assertThat(page.locator("#displayName")).hasValue(name);
        assertThat(page.locator("#email")).hasValue(email);
        assertThat(page.locator("#password")).hasValue("");
        assertClean(again);

        page.locator("#password").fill(password);
        Response checkEmail = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page).hasURL(url("/" + lang + "/register/check-email"));
        assertClean(checkEmail);

        visit(TestMailServer.link(TestMailServer.awaitMail(email, mailSubject), "/" + lang + "/verify-email"));
        Response account =
                page.waitForNavigation(() -> page.getByText(confirmButton).click());
        assertThat(page).hasURL(url("/" + lang + "/account?confirmed"));
        assertThat(page.locator(".account-welcome")).containsText(welcome.replace("{name}", name));
        assertThat(page.locator("main .account-section h2"))
                .hasText(List.of(sections.split(",")).toArray(String[]::new));
        assertClean(account);
    }

    @ParameterizedTest
    @CsvSource({"en, Starting a topic needs an account", "ja, トピックを立てるにはアカウントが必要です"})
    void aVisitorWhoWouldStartATopicSeesWhyAndTheTwoWaysIn(String lang, String heading) {
        openBrowser(new Browser.NewContextOptions()
                .setLocale(lang.equals("ja") ? "ja-JP" : "en-US")
                .setViewportSize(390, 844)
                .setJavaScriptEnabled(false));
        visit("/" + lang + "/forum/");
        Response why = page.waitForNavigation(() ->
                page.locator("main a.button[href='/" + lang + "/forum/new']").click());
        assertThat(page.locator("h1")).hasText(heading);
        assertThat(page.locator("main a[href='/" + lang + "/register']")).isVisible();
        assertThat(page.locator("main a[href='/" + lang + "/login?next=/" + lang + "/forum/new']"))
                .isVisible();
        assertThat(page.locator("main a[href='/" + lang + "/forum/']")).isVisible();
        assertClean(why);
    }
}
