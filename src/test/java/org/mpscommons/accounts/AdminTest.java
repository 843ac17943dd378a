package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.signIn;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin's work over real HTTP: two factors first, then members, suspension with a reason, the audit log. */
@SiteTest
@Tag("db")
class AdminTest {

    @LocalServerPort
    int port;

    @Autowired
    MemberRepository members;

    @Test
    void anAdminSuspendsAMemberWithAReasonAndTheAuditLogKeepsIt() {
        SiteClient admin = signedInAdmin();
        String targetEmail = confirmedMember(port, "ja");
        SiteClient target = new SiteClient(port);
        assertThat(location(signIn(target, "ja", targetEmail, PASSWORD))).isEqualTo("/ja/account");
        long targetId = members.findByEmail(targetEmail).orElseThrow().id();

        String list = admin.get("/admin/users?q=" + targetEmail).body();
        assertThat(list).contains(targetEmail).contains("/admin/users/" + targetId);

        String userPage = "/admin/users/" + targetId;
        var noReason = admin.submit(userPage, userPage + "/suspend", Map.of("reason", " "));
        assertThat(noReason.body()).contains("Please give a reason");
        var suspended = admin.submit(userPage, userPage + "/suspend", Map.of("reason", "宣伝の投稿を繰り返したため"));
        assertThat(location(suspended)).isEqualTo(userPage + "?done");

        // Their session ends at once, and signing in says why, once the password is right.
        assertThat(location(target.get("/ja/account"))).isEqualTo("/ja/login");
        SiteClient again = new SiteClient(port);
        assertThat(location(signIn(again, "ja", targetEmail, PASSWORD))).isEqualTo("/ja/login?suspended");
        assertThat(again.get("/ja/login?suspended").body()).contains("利用停止中").contains("宣伝の投稿を繰り返したため");
        assertThat(location(signIn(new SiteClient(port), "ja", targetEmail, "wrong password here")))
                .isEqualTo("/ja/login?error");

        String audit = admin.get("/admin/audit").body();
        assertThat(audit).contains("member.suspend").contains("宣伝の投稿を繰り返したため");

        admin.submit(userPage, userPage + "/unsuspend", Map.of("reason", "Appeal accepted"));
        assertThat(location(signIn(new SiteClient(port), "ja", targetEmail, PASSWORD)))
                .isEqualTo("/ja/account");
    }

    @Test
    void anAdminVerifiesAProfessionalAndChangesRoles() {
        SiteClient admin = signedInAdmin();
        String doctorEmail = confirmedMember(port, "en");
        long doctorId = members.findByEmail(doctorEmail).orElseThrow().id();
        String userPage = "/admin/users/" + doctorId;

        admin.submit(
                userPage,
                userPage + "/professional",
                Map.of("profession", "Orthopaedic surgeon", "reason", "Licence checked"));
        assertThat(members.findById(doctorId).orElseThrow().roles()).contains(Role.PROFESSIONAL);
        assertThat(admin.get(userPage).body()).contains("Orthopaedic surgeon");

        admin.submit(userPage, userPage + "/roles", Map.of("roles", "MODERATOR", "reason", "Helps with the forum"));
        assertThat(members.findById(doctorId).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.MEMBER, Role.MODERATOR);
        assertThat(admin.get("/admin/audit").body())
                .contains("professional.verify")
                .contains("role.set");

        // A moderator must turn on two-factor sign-in first.
        assertThat(location(signIn(new SiteClient(port), "en", doctorEmail, PASSWORD)))
                .isEqualTo("/en/account/two-factor?required");
    }

    @Test
    void theOutboxShowsTheMailsTheSiteWrote() {
        SiteClient admin = signedInAdmin();
        String email = confirmedMember(port, "en");
        String outbox = admin.get("/admin/mail").body();
        assertThat(outbox).contains(email).contains("Confirm your email address");
        Matcher link = Pattern.compile("href=\"(/admin/mail/\\d+)\"").matcher(outbox);
        assertThat(link.find()).isTrue();
        assertThat(admin.get(link.group(1)).statusCode()).isEqualTo(200);
    }

    /** A member made admin, signed in, with two-factor sign-in turned on in this session. */
    private SiteClient signedInAdmin() {
        String email = confirmedMember(port, "en");
        long id = members.findByEmail(email).orElseThrow().id();
        members.setRoles(id, EnumSet.of(Role.MEMBER, Role.ADMIN));
        SiteClient admin = new SiteClient(port);
        assertThat(location(signIn(admin, "en", email, PASSWORD))).isEqualTo("/en/account/two-factor?required");
        assertThat(location(admin.get("/admin/"))).isEqualTo("/en/account/two-factor?required");
        String secret = TwoFactorTest.secret(
                admin.get("/en/account/two-factor?required").body());
        admin.submit(
                "/en/account/two-factor",
                "/en/account/two-factor",
                Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));
        assertThat(admin.get("/admin/").statusCode()).isEqualTo(200);
        return admin;
    }
}
