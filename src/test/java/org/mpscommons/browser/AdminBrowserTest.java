package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.TotpCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An admin's first visit: two-factor set-up is required, then every admin page passes the checks. */
class AdminBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anAdminSetsUpTwoFactorThenWorksThroughTheAdminPages() {
        String email = AccountsFixture.confirmedMember(port, "ja");
        AccountsFixture.makeAdmin(context, email);
        String target = AccountsFixture.confirmedMember(port, "ja");

        // The admin area has no language in its URLs: it follows the browser's language (or the switch's choice).
        openBrowser(new Browser.NewContextOptions().setLocale("ja-JP"));
        visit("/ja/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        Response required = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page).hasURL(url("/ja/account/two-factor?required"));
        assertThat(page.locator("p.notice-inline")).containsText("2段階認証が必要です");
        assertClean(required);
        page.locator("#code")
                .fill(TotpCodes.code(page.locator("code.secret").first().textContent(), 0));
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);

        visit("/admin/");
        assertThat(page.locator("h1")).hasText("管理");
        visit("/admin/users?q=" + target);
        assertThat(page.locator("table")).containsText(target);
        Response member =
                page.waitForNavigation(() -> page.locator("table a").first().click());
        assertClean(member);

        page.locator("#suspension-reason").fill("テストのための利用停止");
        Response done = page.waitForNavigation(
                () -> page.locator("form[action$='/suspend'] button").click());
        assertThat(page.locator("p.notice-inline")).containsText("監査ログに記録しました");
        assertClean(done);

        visit("/admin/audit");
        assertThat(page.locator("table")).containsText("テストのための利用停止");
        visit("/admin/forum/categories");
        assertThat(page.locator("h1")).hasText("掲示板のカテゴリー");
        visit("/admin/search");
        assertThat(page.locator("h1")).hasText("検索インデックス");
        visit("/admin/search/synonyms?q="
                + java.net.URLEncoder.encode("坐骨神経痛", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.locator(".synonym-expansions")).containsText("sciatica");
        page.locator("#synonymsText").fill("坐骨神経痛, sciatica\nヘルニア\n");
        Response refused = page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.locator("#synonymsText-error")).containsText("2 行目：1つのグループには");
        assertClean(refused);
        visit("/admin/mail");
        page.locator("table a").first().click();
        assertThat(page.locator("pre.mail-text")).isVisible();
        screenshot("admin-mail-ja");
    }
}
