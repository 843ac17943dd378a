package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.signIn;
import static org.mpscommons.accounts.AccountsFixture.token;
import static org.mpscommons.accounts.AccountsFixture.unique;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.TestMailServer;
import org.springframework.boot.test.web.server.LocalServerPort;

@SiteTest
@Tag("db")
class PasswordResetTest {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @LocalServerPort
    int port;

    @Test
    void aMemberResetsTheirPasswordAndEverySessionEnds() {
        String email = confirmedMember(port, "en");
        SiteClient otherDevice = new SiteClient(port);
        assertThat(location(signIn(otherDevice, "en", email, PASSWORD))).isEqualTo("/en/account");

        SiteClient client = new SiteClient(port);
        HttpResponse<String> asked = client.submit("/en/password-reset", "/en/password-reset", Map.of("email", email));
        assertThat(location(asked)).isEqualTo("/en/password-reset/sent");
        String link = TestMailServer.link(
                TestMailServer.awaitMail(email, "[MPS Commons] Reset your password"), "/en/password-reset/new?token=");

        // Too weak: explained, and the link still works.
        HttpResponse<String> weak =
                client.submit(link, "/en/password-reset/new", Map.of("token", token(link), "password", "password123"));
        assertThat(weak.body()).contains("one of the most common ones");

        HttpResponse<String> done =
                client.submit(link, "/en/password-reset/new", Map.of("token", token(link), "password", NEW_PASSWORD));
        assertThat(location(done)).isEqualTo("/en/login?reset");

        assertThat(client.get(link).body()).contains("has expired or has already been used");
        assertThat(location(otherDevice.get("/en/account"))).isEqualTo("/en/login");
        assertThat(location(signIn(new SiteClient(port), "en", email, PASSWORD)))
                .isEqualTo("/en/login?error");
        assertThat(location(signIn(new SiteClient(port), "en", email, NEW_PASSWORD)))
                .isEqualTo("/en/account");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String email = unique("nobody") + "@example.org";
        SiteClient client = new SiteClient(port);
        HttpResponse<String> asked = client.submit("/ja/password-reset", "/ja/password-reset", Map.of("email", email));
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(location(asked)).isEqualTo("/ja/password-reset/sent");
        assertThat(client.get("/ja/password-reset/sent").body()).contains("このアドレスのアカウントがある場合は");
        assertThat(TestMailServer.mailsTo(email)).isEmpty();
    }

    @Test
    void aMadeUpTokenIsRefused() {
        SiteClient client = new SiteClient(port);
        assertThat(client.get("/en/password-reset/new?token=made-up").body()).contains("Ask for a new link");
        HttpResponse<String> forged = client.submit(
                "/en/password-reset", "/en/password-reset/new", Map.of("token", "made-up", "password", NEW_PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).contains("Ask for a new link");
    }
}
