package org.mpscommons.redflags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole table for anyone, awaiting clinical review until a verified professional reviews it; an editor or a
 * member cannot, and the review names the reviewer's profession.
 */
@SiteTest
@Tag("db")
class WarningSignsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTableAwaitsReviewUntilAVerifiedProfessionalReviewsIt() {
        jdbc.sql("DELETE FROM warning_sign_review").update();
        SiteClient visitor = new SiteClient(port);
        String english = visitor.get("/en/warning-signs").body();
        assertThat(english)
                .contains("Warning signs: when to get medical help first")
                .contains("Call an ambulance now if:")
                .contains("Awaiting clinical review.")
                .contains("Wherever the pain is")
                .contains("Pain in: Calf")
                .doesNotContain("I have reviewed this list");
        assertThat(visitor.get("/ja/warning-signs").body())
                .contains("危険なサイン：先に受診が必要なとき")
                .contains("医療専門家による確認待ちです。")
                .contains("次の場合は、すぐに救急車を呼んでください");

        SiteClient member = AccountsFixture.signedIn(port, AccountsFixture.confirmedMember(port, "en"));
        assertThat(member.submit("/en/doctor-kit", "/en/warning-signs/review", Map.of())
                        .statusCode())
                .isEqualTo(404);
        SiteClient editor =
                AccountsFixture.signedInStaff(context, port, AccountsFixture.confirmedMember(port, "en"), Role.EDITOR);
        assertThat(editor.submit("/en/doctor-kit", "/en/warning-signs/review", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(visitor.get("/en/warning-signs").body()).contains("Awaiting clinical review.");

        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.verifyProfessional(context, email, "Pain physician");
        // With the password alone, the professional's power waits for the second factor.
        SiteClient passwordOnly = AccountsFixture.signedIn(port, email);
        assertThat(passwordOnly.get("/en/warning-signs").body()).doesNotContain("I have reviewed this list");
        assertThat(passwordOnly
                        .submit("/en/doctor-kit", "/en/warning-signs/review", Map.of())
                        .statusCode())
                .isEqualTo(404);
        AccountsFixture.FullySignedIn signedIn = AccountsFixture.fullySignedIn(port, email);
        SiteClient professional = signedIn.client();
        assertThat(professional.get("/en/warning-signs").body()).contains("I have reviewed this list");
        var reviewed = professional.submit("/en/warning-signs", "/en/warning-signs/review", Map.of());
        assertThat(reviewed.statusCode()).isEqualTo(302);
        String after = visitor.get("/en/warning-signs").body();
        assertThat(after).doesNotContain("Awaiting clinical review.").contains("Pain physician (profession verified");
        assertThat(visitor.get("/ja/warning-signs").body()).contains("Pain physician、資格はサイトが確認済み");
        // The reviewer's own data export lists it.
        String export = professional
                .submit(
                        "/en/account/export",
                        "/en/account/export",
                        Map.of("password", AccountsFixture.PASSWORD, "code", signedIn.nextCode()))
                .body();
        assertThat(export.replaceAll("\\s+", ""))
                .contains("\"warningSignReviews\":[{")
                .contains("\"profession\":\"Painphysician\"");
    }
}
