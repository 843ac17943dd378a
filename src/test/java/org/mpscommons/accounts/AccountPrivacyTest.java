package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.signIn;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SiteTest
@Tag("db")
class AccountPrivacyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportHoldsTheMembersDataAndNeedsThePasswordAgain() {
        String email = confirmedMember(port, "en");
        SiteClient member = new SiteClient(port);
        signIn(member, "en", email, PASSWORD);

        var refused = member.submit("/en/account/export", "/en/account/export", Map.of("password", "not my password"));
        assertThat(refused.body()).contains("This is not your current password.");

        var export = member.submit("/en/account/export", "/en/account/export", Map.of("password", PASSWORD));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"mps-commons-data-"));
        assertThat(export.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode data = JsonMapper.builder().build().readTree(export.body());
        assertThat(data.path("account").path("email").asString()).isEqualTo(email);
        assertThat(data.path("account").path("roles").toString()).contains("MEMBER");
        assertThat(data.path("mailsSentToYou").toString()).contains("Confirm your email address");
    }

    @Test
    void deletingTheAccountEndsSignInAndRemovesTheMembersData() {
        String email = confirmedMember(port, "ja");
        SiteClient member = new SiteClient(port);
        signIn(member, "ja", email, PASSWORD);
        SiteClient otherDevice = new SiteClient(port);
        signIn(otherDevice, "ja", email, PASSWORD);

        var noChoice = member.submit("/ja/account/delete", "/ja/account/delete", Map.of("password", PASSWORD));
        assertThat(noChoice.body()).contains("投稿をどうするか選んでください。");
        var wrongPassword = member.submit(
                "/ja/account/delete", "/ja/account/delete", Map.of("password", "wrong password", "posts", "keep"));
        assertThat(wrongPassword.body()).contains("現在のパスワードと一致しません。");

        var deleted = member.submit(
                "/ja/account/delete", "/ja/account/delete", Map.of("password", PASSWORD, "posts", "keep"));
        assertThat(location(deleted)).isEqualTo("/ja/account-deleted");
        assertThat(member.get("/ja/account-deleted").body()).contains("アカウントを削除しました");

        assertThat(location(otherDevice.get("/ja/account"))).isEqualTo("/ja/login");
        assertThat(location(signIn(new SiteClient(port), "ja", email, PASSWORD)))
                .isEqualTo("/ja/login?error");
        assertThat(count("SELECT COUNT(*) FROM member WHERE email = :email", email))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :email", email))
                .isZero();
    }

    private long count(String sql, String email) {
        return jdbc.sql(sql).param("email", email).query(Long.class).single();
    }
}
