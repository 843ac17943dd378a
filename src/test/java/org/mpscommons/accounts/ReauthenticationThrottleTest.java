package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.signIn;
import static org.mpscommons.accounts.AccountsFixture.unique;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.TestMailServer;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Giving the password (or code) again for a weighty action counts against the same limits as signing in: someone
 * holding a signed-in session cannot guess the password there instead, nor alternate between the two forms.
 */
@SiteTest
@Tag("db")
class ReauthenticationThrottleTest {

    @LocalServerPort
    int port;

    @Test
    void afterTooManyWrongCurrentPasswordsEvenTheRightOneIsRefusedWithWhenToTryAgain() {
        String email = confirmedMember(port, "en");
        SiteClient session = new SiteClient(port);
        signIn(session, "en", email, PASSWORD);
        String newEmail = unique("moved") + "@example.org";

        for (int i = 0; i < SignInLimits.PER_ACCOUNT_AND_IP; i++) {
            var wrong = session.submit(
                    "/en/account/settings",
                    "/en/account/settings/email",
                    Map.of("newEmail", newEmail, "emailPassword", "guess number " + i));
            assertThat(wrong.body()).contains("This is not your current password.");
        }
        var right = session.submit(
                "/en/account/settings",
                "/en/account/settings/email",
                Map.of("newEmail", newEmail, "emailPassword", PASSWORD));
        assertThat(right.statusCode())
                .as("the form again, not the redirect of a done change")
                .isEqualTo(200);
        assertThat(right.body()).contains("too many wrong attempts").containsPattern("try again in 1[45] minutes");
        assertThat(TestMailServer.mailsTo(newEmail)).isEmpty();
    }

    @Test
    void wrongPasswordsAtSignInAndInTheSettingsShareOneBudget() {
        String email = confirmedMember(port, "en");
        String address = SiteClient.nextAddress();
        SiteClient session = new SiteClient(port, address);
        signIn(session, "en", email, PASSWORD);

        SiteClient guesser = new SiteClient(port, address);
        for (int i = 0; i < 3; i++) {
            assertThat(location(signIn(guesser, "en", email, "sign-in guess " + i)))
                    .isEqualTo("/en/login?error");
        }
        for (int i = 0; i < SignInLimits.PER_ACCOUNT_AND_IP - 3; i++) {
            var wrong = session.submit(
                    "/en/account/settings",
                    "/en/account/settings/password",
                    Map.of("currentPassword", "settings guess " + i, "newPassword", "another long passphrase"));
            assertThat(wrong.body()).contains("This is not your current password.");
        }
        assertThat(location(signIn(guesser, "en", email, PASSWORD))).isEqualTo("/en/login?throttled");
        assertThat(location(signIn(new SiteClient(port), "en", email, PASSWORD)))
                .as("from another address")
                .isEqualTo("/en/account");
    }

    @Test
    void wrongCodesAtTheExportCountWithTheSignInCodesAndThenEvenTheRightCodeIsRefused() {
        String email = confirmedMember(port, "ja");
        SiteClient session = new SiteClient(port);
        signIn(session, "ja", email, PASSWORD);
        String secret =
                TwoFactorTest.secret(session.get("/ja/account/two-factor").body());
        long step = Totp.step(Instant.now());
        session.submit("/ja/account/two-factor", "/ja/account/two-factor", Map.of("code", Totp.code(secret, step)));

        for (int i = 0; i < SignInLimits.WRONG_CODES_PER_ACCOUNT; i++) {
            var wrong = session.submit(
                    "/ja/account/export", "/ja/account/export", Map.of("password", PASSWORD, "code", "00000" + i));
            assertThat(wrong.body()).contains("コードが正しくない");
        }
        var right = session.submit(
                "/ja/account/export",
                "/ja/account/export",
                Map.of("password", PASSWORD, "code", Totp.code(secret, step + 1)));
        assertThat(right.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(right.body()).contains("間違いが続いた").containsPattern("1[45]分後");

        // The codes of signing in draw on the same budget.
        SiteClient elsewhere = new SiteClient(port);
        assertThat(location(signIn(elsewhere, "ja", email, PASSWORD))).isEqualTo("/ja/login/code");
        var refused = elsewhere.submit("/ja/login/code", "/ja/login/code", Map.of("code", Totp.code(secret, step + 1)));
        assertThat(location(refused)).isEqualTo("/ja/login?throttled");
    }
}
