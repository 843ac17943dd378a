package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Session cookies, "remember me", and ending sessions on the server. */
@SiteTest
@Tag("db")
class SessionSecurityTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndOverTlsSecureWithTheHostPrefix() {
        // Reading pages creates no session; asking for a member's page does (it remembers where to return).
        SiteClient plain = new SiteClient(port);
        assertThat(plain.get("/en/login").headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("SESSION"));
        HttpResponse<String> overHttp = plain.get("/en/account");
        assertThat(setCookie(overHttp, "SESSION=")).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> overTls = new SiteClient(port).get("/en/account", "X-Forwarded-Proto", "https");
        assertThat(setCookie(overTls, "__Host-SESSION=")).contains("HttpOnly", "SameSite=Lax", "Secure", "Path=/")
                .doesNotContain("Domain=");
    }

    @Test
    void rememberMeSignsInAgainAfterTheSessionEndsUntilSignOutEverywhere() {
        String email = confirmedMember(port, "en");
        SiteClient browser = new SiteClient(port);
        var signedIn = browser.submit("/en/login", "/en/login", Map.of("email", email, "password", PASSWORD, "remember", "true"));
        assertThat(location(signedIn)).isEqualTo("/en/account");
        assertThat(browser.cookie("mps_remember")).isPresent();

        // The browser is closed: the session cookie is gone, the remember-me cookie stays.
        browser.forgetCookie("SESSION");
        assertThat(browser.get("/en/account").statusCode()).isEqualTo(200);

        browser.submit("/en/account/settings", "/en/account/settings/sign-out-everywhere", Map.of());
        browser.forgetCookie("SESSION");
        assertThat(location(browser.get("/en/account"))).isEqualTo("/en/login");
    }

    @Test
    void withoutRememberMeAClosedBrowserIsSignedOut() {
        String email = confirmedMember(port, "en");
        SiteClient browser = new SiteClient(port);
        browser.submit("/en/login", "/en/login", Map.of("email", email, "password", PASSWORD));
        assertThat(browser.cookie("mps_remember")).isEmpty();
        browser.forgetCookie("SESSION");
        assertThat(location(browser.get("/en/account"))).isEqualTo("/en/login");
    }

    private static String setCookie(HttpResponse<String> response, String prefix) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + prefix + " cookie in " + response.headers().allValues("Set-Cookie")));
    }
}
