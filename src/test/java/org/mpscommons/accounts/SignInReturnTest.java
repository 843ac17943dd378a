package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.location;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in from a page comes back to that page, and only ever to a page of this site. */
@SiteTest
@Tag("db")
class SignInReturnTest {

    @LocalServerPort
    int port;

    @Test
    void theHeadersSignInLinkComesBackToThePageItWasOn() {
        String email = AccountsFixture.confirmedMember(port, "en");
        SiteClient browser = new SiteClient(port);
        assertThat(browser.get("/ja/about").body()).contains("href=\"/ja/login?next=/ja/about\"");

        HttpResponse<String> loginPage = browser.get("/ja/login?next=/ja/about");
        assertThat(loginPage.body()).contains("<input type=\"hidden\" name=\"next\" value=\"/ja/about\">");
        HttpResponse<String> signedIn =
                browser.submit("/ja/login?next=/ja/about", "/ja/login", Map.of("email", email, "password", PASSWORD));
        assertThat(location(signedIn)).isEqualTo("/ja/about");
    }

    @Test
    void aWrongPasswordFirstStillComesBack() {
        String email = AccountsFixture.confirmedMember(port, "en");
        SiteClient browser = new SiteClient(port);
        HttpResponse<String> wrong = browser.submit(
                "/en/login?next=/en/forum/", "/en/login", Map.of("email", email, "password", "not it at all"));
        assertThat(location(wrong)).isEqualTo("/en/login?error&next=/en/forum/");
        HttpResponse<String> right = browser.submit(
                "/en/login?error&next=/en/forum/", "/en/login", Map.of("email", email, "password", PASSWORD));
        assertThat(location(right)).isEqualTo("/en/forum/");
    }

    @Test
    void withTwoFactorsItComesBackAfterTheCode() {
        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.FullySignedIn enrolled = AccountsFixture.fullySignedIn(port, email);
        SiteClient browser = new SiteClient(port);
        HttpResponse<String> password =
                browser.submit("/en/login?next=/en/links", "/en/login", Map.of("email", email, "password", PASSWORD));
        assertThat(location(password)).isEqualTo("/en/login/code");
        HttpResponse<String> code =
                browser.submit("/en/login/code", "/en/login/code", Map.of("code", enrolled.nextCode()));
        assertThat(location(code)).isEqualTo("/en/links");
    }

    @Test
    void aJapanesePathComesBackEncoded() {
        String email = AccountsFixture.confirmedMember(port, "ja");
        SiteClient browser = new SiteClient(port);
        HttpResponse<String> signedIn = browser.submit(
                "/ja/login?next=/ja/forum/t/1/%E8%82%A9", "/ja/login", Map.of("email", email, "password", PASSWORD));
        assertThat(location(signedIn)).isEqualTo("/ja/forum/t/1/%E8%82%A9");
    }

    /** Each as it would arrive in the query string of a crafted link. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/",
                "%2F%2Fevil.example",
                "/%2F%2Fevil.example",
                "/%252F%252Fevil.example",
                "/%5Cevil.example",
                "%5C%5Cevil.example",
                "https://evil.example/en/",
                "https:%2F%2Fevil.example",
                "javascript:alert(1)",
                "/en/..%2F..%2Fevil",
                "/en/%0D%0ALocation:%20https://evil.example",
                "/en/login",
                "/en/register/check-email"
            })
    void anythingButAPageOfThisSiteLandsOnTheAccountPage(String next) {
        String email = AccountsFixture.confirmedMember(port, "en");
        SiteClient browser = new SiteClient(port);
        assertThat(browser.get("/en/login?next=" + next).body()).doesNotContain("name=\"next\"");

        // Sent straight to the form's action, past the page that would have left it out.
        Map<String, String> fields = new HashMap<>(browser.formFields("/en/login"));
        fields.putAll(Map.of(
                "email",
                email,
                "password",
                PASSWORD,
                "next",
                java.net.URLDecoder.decode(next, java.nio.charset.StandardCharsets.UTF_8)));
        HttpResponse<String> signedIn = browser.post("/en/login", fields);
        assertThat(location(signedIn)).isEqualTo("/en/account");
    }
}
