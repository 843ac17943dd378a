package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.memberId;
import static org.mpscommons.accounts.AccountsFixture.signedIn;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Session cookies, "remember me", and ending sessions on the server. */
@SiteTest
@Tag("db")
class SessionSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndOverTlsSecureWithTheHostPrefix() {
        // Reading pages creates no session; asking for a member's page does (it remembers where to return).
        SiteClient plain = new SiteClient(port);
        assertThat(plain.get("/en/login").headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("SESSION"));
        HttpResponse<String> overHttp = plain.get("/en/account");
        assertThat(setCookie(overHttp, "SESSION="))
                .contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");

        HttpResponse<String> overTls = new SiteClient(port).get("/en/account", "X-Forwarded-Proto", "https");
        assertThat(setCookie(overTls, "__Host-SESSION="))
                .contains("HttpOnly", "SameSite=Lax", "Secure", "Path=/")
                .doesNotContain("Domain=");
    }

    @Test
    void rememberMeSignsInAgainAfterTheSessionEndsUntilSignOutEverywhere() {
        String email = confirmedMember(port, "en");
        SiteClient browser = new SiteClient(port);
        var signedIn = browser.submit(
                "/en/login", "/en/login", Map.of("email", email, "password", PASSWORD, "remember", "true"));
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

    @Test
    void readingPagesWritesTheSessionAtMostOnceAMinute() {
        String email = confirmedMember(port, "en");
        SiteClient browser = signedIn(port, email);
        String id = memberId(context, email) + "";
        // This browser's session (confirming the address signed in the browser that registered, a session of its own).
        String session = new String(
                java.util.Base64.getDecoder().decode(browser.cookie("SESSION").orElseThrow()),
                java.nio.charset.StandardCharsets.US_ASCII);
        long stored = lastAccess(session);
        assertThat(browser.get("/en/account").statusCode()).isEqualTo(200);
        assertThat(browser.get("/en/forum/").statusCode()).isEqualTo(200);
        assertThat(lastAccess(session))
                .as("the row is not written for access alone within a minute")
                .isEqualTo(stored);

        // A minute later the next request moves it.
        jdbc().sql("UPDATE spring_session SET last_access_time = last_access_time - 61000, "
                        + "expiry_time = expiry_time - 61000 WHERE principal_name = :id")
                .param("id", id)
                .update();
        long minuteAgo = lastAccess(session);
        assertThat(browser.get("/en/account").statusCode()).isEqualTo(200);
        assertThat(lastAccess(session)).isGreaterThanOrEqualTo(minuteAgo + 60_000);

        // A session whose stored time is past the idle timeout has ended, whatever was not written.
        jdbc().sql("UPDATE spring_session SET last_access_time = last_access_time - 3600000, "
                        + "expiry_time = expiry_time - 3600000 WHERE principal_name = :id")
                .param("id", id)
                .update();
        assertThat(location(browser.get("/en/account"))).isEqualTo("/en/login");
    }

    private long lastAccess(String sessionId) {
        return jdbc().sql("SELECT last_access_time FROM spring_session WHERE session_id = :id")
                .param("id", sessionId)
                .query(Long.class)
                .single();
    }

    private org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    }

    private static String setCookie(HttpResponse<String> response, String prefix) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "No " + prefix + " cookie in " + response.headers().allValues("Set-Cookie")));
    }
}
