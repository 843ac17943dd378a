package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Keep me signed in": its cookie changes at each use, a browser's requests sent together before the change reached
 * it are still signed in, and a value used again later (a copied cookie) is explained instead of failing.
 */
@SiteTest
@Tag("db")
class RememberMeTest {

    private static final String COOKIE = "mps_remember";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aBrowsersRequestsSentWithTheValueItHadAreAllSignedIn() throws Exception {
        String email = confirmedMember(port, "en");
        String value = rememberedBrowser(email);
        SiteClient otherBrowser = new SiteClient(port);
        String otherValue = rememberedBrowser(email, otherBrowser);

        // The first request changes the value; a second one the browser had already sent carries the old one.
        HttpResponse<String> first = withCookie(value, "/en/account");
        assertThat(first.statusCode()).isEqualTo(200);
        String newValue = setCookieValue(first);
        assertThat(newValue).isNotEqualTo(value);
        assertThat(withCookie(value, "/en/account").statusCode()).isEqualTo(200);

        // Four at once with the newest value, as a page's images and styles are fetched together.
        List<Callable<HttpResponse<String>>> together = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            together.add(() -> withCookie(newValue, "/en/account"));
        }
        assertThat(ConcurrentAttemptsTest.allAtOnce(together))
                .extracting(HttpResponse::statusCode)
                .containsOnly(200);

        // Nothing was taken for a stolen cookie: this browser and the member's other one stay remembered.
        assertThat(withCookie(otherValue, "/en/account").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM persistent_logins WHERE username = :id")
                        .param("id", Long.toString(AccountsFixture.memberId(context, email)))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aValueUsedAgainLaterIsExplainedInTheVisitorsLanguageAndNeverAnError() {
        String email = confirmedMember(port, "ja");
        String value = rememberedBrowser(email);
        String newValue = setCookieValue(withCookie(value, "/ja/account"));
        // Long after the change, the old value comes back: a copy of the cookie is being used elsewhere.
        jdbc.sql("UPDATE persistent_logins SET last_used = :then WHERE series = :series")
                .param("then", Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))))
                .param("series", series(value))
                .update();

        HttpResponse<String> reused = withCookie(value, "/ja/forum/");
        assertThat(reused.statusCode()).isEqualTo(302);
        assertThat(location(reused)).isEqualTo("/ja/login?reused");
        assertThat(reused.headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith(COOKIE + "=;") && c.contains("Max-Age=0"));
        String page = new SiteClient(port).get("/ja/login?reused").body();
        assertThat(page).contains("別の場所で使われました").contains("パスワードを変更");

        // For safety every remembered browser of the member signs in again, the real one included.
        assertThat(location(withCookie(newValue, "/ja/account"))).isEqualTo("/ja/login");
        assertThat(new SiteClient(port).get("/en/login?reused").body())
                .contains("was used somewhere else")
                .contains("change your password");
    }

    @Test
    void theCookieIsHttpOnlyAndLaxAndOverTlsSecure() {
        String email = confirmedMember(port, "en");
        SiteClient browser = new SiteClient(port);
        var signedIn = browser.submit(
                "/en/login", "/en/login", Map.of("email", email, "password", PASSWORD, "remember", "true"));
        assertThat(setCookie(signedIn)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        String value = browser.cookie(COOKIE).orElseThrow();
        HttpResponse<String> overTls =
                new SiteClient(port).get("/en/account", "Cookie", COOKIE + "=" + value, "X-Forwarded-Proto", "https");
        assertThat(overTls.statusCode()).isEqualTo(200);
        assertThat(setCookie(overTls)).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    /** Signs in with "keep me signed in" in a new browser and returns its cookie's value. */
    private String rememberedBrowser(String email) {
        return rememberedBrowser(email, new SiteClient(port));
    }

    private String rememberedBrowser(String email, SiteClient browser) {
        var signedIn = browser.submit(
                "/en/login", "/en/login", Map.of("email", email, "password", PASSWORD, "remember", "true"));
        assertThat(location(signedIn)).isEqualTo("/en/account");
        return browser.cookie(COOKIE).orElseThrow();
    }

    /** A request of a browser whose only cookie is this remember-me value (its session ended). */
    private HttpResponse<String> withCookie(String value, String path) {
        return new SiteClient(port).get(path, "Cookie", COOKIE + "=" + value);
    }

    private static String setCookieValue(HttpResponse<String> response) {
        String cookie = setCookie(response);
        return cookie.substring(COOKIE.length() + 1, cookie.indexOf(';'));
    }

    private static String setCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "No " + COOKIE + " in " + response.headers().map()));
    }

    /** The series part of a remember-me cookie value (Base64 of "series:token", each URL-encoded). */
    private static String series(String value) {
        String padded = value + "=".repeat((4 - value.length() % 4) % 4);
        String decoded = new String(Base64.getDecoder().decode(padded), StandardCharsets.UTF_8);
        return java.net.URLDecoder.decode(decoded.substring(0, decoded.indexOf(':')), StandardCharsets.UTF_8);
    }
}
