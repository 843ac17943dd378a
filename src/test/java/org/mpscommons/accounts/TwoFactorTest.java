package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.signIn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SiteTest
@Tag("db")
class TwoFactorTest {

    @LocalServerPort
    int port;

    @Test
    void withTwoFactorOnThePasswordAloneNoLongerSignsIn() {
        String email = confirmedMember(port, "en");
        SiteClient member = new SiteClient(port);
        signIn(member, "en", email, PASSWORD);

        String page = member.get("/en/account/two-factor").body();
        assertThat(page).contains("<svg").contains("otpauth://totp/MPS%20Commons:");
        String secret = secret(page);
        long step = Totp.step(Instant.now());

        var wrong = member.submit("/en/account/two-factor", "/en/account/two-factor", Map.of("code", "000000"));
        assertThat(wrong.body()).contains("This code is not right");

        var enabled = member.submit(
                "/en/account/two-factor", "/en/account/two-factor", Map.of("code", Totp.code(secret, step)));
        List<String> recoveryCodes = recoveryCodes(enabled.body());
        assertThat(recoveryCodes).hasSize(TwoFactor.RECOVERY_CODES).doesNotHaveDuplicates();
        assertThat(member.get("/en/account/two-factor").body()).contains("Two-factor sign-in is on");

        // Password only: the session waits for the code and is not signed in.
        SiteClient other = new SiteClient(port);
        assertThat(location(signIn(other, "en", email, PASSWORD))).isEqualTo("/en/login/code");
        assertThat(location(other.get("/en/account"))).isEqualTo("/en/login");

        var refused = other.submit("/en/login/code", "/en/login/code", Map.of("code", Totp.code(secret, step)));
        assertThat(refused.body()).as("a code already used").contains("This code is not right");
        var accepted = other.submit("/en/login/code", "/en/login/code", Map.of("code", Totp.code(secret, step + 1)));
        assertThat(location(accepted)).isEqualTo("/en/account");
        assertThat(other.get("/en/account").statusCode()).isEqualTo(200);

        // A recovery code works once.
        SiteClient lostPhone = new SiteClient(port);
        signIn(lostPhone, "en", email, PASSWORD);
        var recovered = lostPhone.submit("/en/login/code", "/en/login/code", Map.of("code", recoveryCodes.get(0)));
        assertThat(location(recovered)).isEqualTo("/en/account");
        SiteClient again = new SiteClient(port);
        signIn(again, "en", email, PASSWORD);
        assertThat(again.submit("/en/login/code", "/en/login/code", Map.of("code", recoveryCodes.get(0)))
                        .body())
                .contains("This code is not right");
    }

    @Test
    void tooManyWrongCodesMeanThePasswordIsAskedAgain() {
        String email = confirmedMember(port, "ja");
        SiteClient member = new SiteClient(port);
        signIn(member, "ja", email, PASSWORD);
        String secret = secret(member.get("/ja/account/two-factor").body());
        member.submit(
                "/ja/account/two-factor",
                "/ja/account/two-factor",
                Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));

        SiteClient guesser = new SiteClient(port);
        assertThat(location(signIn(guesser, "ja", email, PASSWORD))).isEqualTo("/ja/login/code");
        for (int i = 1; i < PendingSignIn.MAX_ATTEMPTS; i++) {
            assertThat(guesser.submit("/ja/login/code", "/ja/login/code", Map.of("code", "11111" + i))
                            .body())
                    .contains("コードが正しくない");
        }
        var last = guesser.submit("/ja/login/code", "/ja/login/code", Map.of("code", "999999"));
        assertThat(location(last)).isEqualTo("/ja/login?expired");
        assertThat(location(guesser.get("/ja/login/code"))).isEqualTo("/ja/login");
    }

    @Test
    void keepMeSignedInWorksAfterBothFactors() {
        String email = confirmedMember(port, "en");
        String secret = enableTwoFactor(email);
        SiteClient browser = new SiteClient(port);
        var password = browser.submit(
                "/en/login", "/en/login", Map.of("email", email, "password", PASSWORD, "remember", "true"));
        assertThat(location(password)).isEqualTo("/en/login/code");
        assertThat(browser.cookie("mps_remember"))
                .as("no cookie after the password alone")
                .isEmpty();
        browser.submit(
                "/en/login/code", "/en/login/code", Map.of("code", Totp.code(secret, Totp.step(Instant.now()) + 1)));
        assertThat(browser.cookie("mps_remember")).isPresent();
        browser.forgetCookie("SESSION");
        assertThat(browser.get("/en/account").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongCodesAreCountedPerAccountAcrossSignIns() {
        String email = confirmedMember(port, "en");
        enableTwoFactor(email);
        for (int round = 0; round < SignInLimits.WRONG_CODES_PER_ACCOUNT / PendingSignIn.MAX_ATTEMPTS; round++) {
            SiteClient guesser = new SiteClient(port);
            signIn(guesser, "en", email, PASSWORD);
            for (int i = 0; i < PendingSignIn.MAX_ATTEMPTS; i++) {
                guesser.submit("/en/login/code", "/en/login/code", Map.of("code", "00000" + i));
            }
        }
        SiteClient next = new SiteClient(port);
        assertThat(location(signIn(next, "en", email, PASSWORD))).isEqualTo("/en/login/code");
        var refused = next.submit("/en/login/code", "/en/login/code", Map.of("code", "123456"));
        assertThat(location(refused)).isEqualTo("/en/login?throttled");
    }

    private String enableTwoFactor(String email) {
        return AccountsFixture.enableTwoFactor(port, email);
    }

    static String secret(String page) {
        Matcher matcher =
                Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>").matcher(page);
        assertThat(matcher.find()).as("the secret shown as text").isTrue();
        return matcher.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodes(String page) {
        Matcher matcher = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>")
                .matcher(page);
        List<String> codes = new ArrayList<>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }
}
