package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.signIn;
import static org.mpscommons.accounts.AccountsFixture.token;
import static org.mpscommons.accounts.AccountsFixture.unique;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.TestMailServer;
import org.springframework.boot.test.web.server.LocalServerPort;

@SiteTest
@Tag("db")
class SettingsTest {

    private static final String SETTINGS = "/en/account/settings";

    @LocalServerPort
    int port;

    @Test
    void changingThePasswordNeedsTheCurrentOneAndSignsOutOtherDevices() {
        String email = confirmedMember(port, "en");
        SiteClient here = new SiteClient(port);
        SiteClient elsewhere = new SiteClient(port);
        signIn(here, "en", email, PASSWORD);
        signIn(elsewhere, "en", email, PASSWORD);
        assertThat(here.get(SETTINGS).body()).contains("(this one)");

        var wrong = here.submit(
                SETTINGS,
                SETTINGS + "/password",
                Map.of("currentPassword", "not it at all", "newPassword", "another fine passphrase"));
        assertThat(wrong.body()).contains("This is not your current password.");

        var changed = here.submit(
                SETTINGS,
                SETTINGS + "/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "another fine passphrase"));
        assertThat(location(changed)).isEqualTo(SETTINGS + "?done=password");
        assertThat(here.get("/en/account").statusCode()).isEqualTo(200);
        assertThat(location(elsewhere.get("/en/account"))).isEqualTo("/en/login");
        TestMailServer.awaitMail(email, "[MPS Commons] Your password was changed");
        assertThat(location(signIn(new SiteClient(port), "en", email, "another fine passphrase")))
                .isEqualTo("/en/account");
    }

    @Test
    void movingToANewAddressIsConfirmedFromItAndTheOldOneIsTold() {
        String email = confirmedMember(port, "en");
        String newEmail = unique("moved") + "@example.jp";
        SiteClient member = new SiteClient(port);
        signIn(member, "en", email, PASSWORD);
        // A reset link issued before the move must die with the old address.
        new SiteClient(port).submit("/en/password-reset", "/en/password-reset", Map.of("email", email));
        String resetLink =
                TestMailServer.link(TestMailServer.awaitMail(email, "Reset your"), "/en/password-reset/new?token=");

        var requested =
                member.submit(SETTINGS, SETTINGS + "/email", Map.of("newEmail", newEmail, "emailPassword", PASSWORD));
        assertThat(location(requested)).isEqualTo(SETTINGS + "?done=email");
        TestMailServer.awaitMail(email, "about to change");
        String link = TestMailServer.link(
                TestMailServer.awaitMail(newEmail, "Confirm your new email address"),
                "/en/account/email/confirm?token=");
        assertThat(member.get(link).body()).contains(newEmail);
        var confirmed = member.submit(link, "/en/account/email/confirm", Map.of("token", token(link)));
        assertThat(location(confirmed)).isEqualTo(SETTINGS + "?done=emailChanged");

        assertThat(location(signIn(new SiteClient(port), "en", newEmail, PASSWORD)))
                .isEqualTo("/en/account");
        assertThat(location(signIn(new SiteClient(port), "en", email, PASSWORD)))
                .isEqualTo("/en/login?error");
        assertThat(new SiteClient(port).get(resetLink).body()).contains("has expired or has already been used");
    }

    @Test
    void signOutEverywhereEndsEverySession() {
        String email = confirmedMember(port, "en");
        SiteClient here = new SiteClient(port);
        SiteClient elsewhere = new SiteClient(port);
        signIn(here, "en", email, PASSWORD);
        signIn(elsewhere, "en", email, PASSWORD);
        var out = here.submit(SETTINGS, SETTINGS + "/sign-out-everywhere", Map.of());
        assertThat(location(out)).isEqualTo("/en/login");
        assertThat(location(here.get("/en/account"))).isEqualTo("/en/login");
        assertThat(location(elsewhere.get("/en/account"))).isEqualTo("/en/login");
    }

    @Test
    void mailsFollowTheChosenLanguage() {
        String email = confirmedMember(port, "en");
        SiteClient member = new SiteClient(port);
        signIn(member, "en", email, PASSWORD);
        var saved = member.submit(SETTINGS, SETTINGS + "/language", Map.of("language", "ja"));
        assertThat(location(saved)).isEqualTo("/ja/account/settings?done=language");
        assertThat(location(member.get("/"))).as("the pages follow too").isEqualTo("/ja/");
        new SiteClient(port).submit("/en/password-reset", "/en/password-reset", Map.of("email", email));
        assertThat(TestMailServer.link(TestMailServer.awaitMail(email, "パスワードの再設定"), "/ja/password-reset/new"))
                .startsWith("/ja/");
    }
}
