package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.register;
import static org.mpscommons.accounts.AccountsFixture.signIn;
import static org.mpscommons.accounts.AccountsFixture.unique;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SiteTest
@Tag("db")
class ProfileTest {

    @LocalServerPort
    int port;

    @Autowired
    MemberRepository members;

    @Test
    void aMemberWritesAProfileThatOthersReadButSearchEnginesDoNot() {
        String email = confirmedMember(port, "ja");
        long id = members.findByEmail(email).orElseThrow().id();
        SiteClient member = new SiteClient(port);
        signIn(member, "ja", email, PASSWORD);

        var saved = member.submit(
                "/ja/account/profile",
                "/ja/account/profile",
                Map.of("bio", "腰痛と10年付き合っています。<script>alert(1)</script>", "languages", "ja"));
        assertThat(location(saved)).isEqualTo("/ja/members/" + id);

        var visitor = new SiteClient(port).get("/ja/members/" + id);
        assertThat(visitor.statusCode()).isEqualTo(200);
        assertThat(visitor.body())
                .contains("腰痛と10年付き合っています。&lt;script&gt;")
                .doesNotContain("<script>alert")
                .contains("<meta name=\"robots\" content=\"noindex\">")
                .doesNotContain(email);
    }

    @Test
    void aTooLongIntroductionIsExplainedAndNotSaved() {
        String email = confirmedMember(port, "en");
        SiteClient member = new SiteClient(port);
        signIn(member, "en", email, PASSWORD);
        var refused = member.submit("/en/account/profile", "/en/account/profile", Map.of("bio", "x".repeat(501)));
        assertThat(refused.body()).contains("at most 500 characters");
        assertThat(members.findByEmail(email).orElseThrow()).isNotNull();
    }

    @Test
    void unconfirmedMembersHaveNoProfile() {
        String email = unique("unconfirmed") + "@example.org";
        register(new SiteClient(port), "en", unique("Unconfirmed"), email, PASSWORD);
        // The account is created just after the answer; its mail says it exists.
        TestMailServer.awaitMail(email, "Confirm");
        long id = members.findByEmail(email).orElseThrow().id();
        assertThat(new SiteClient(port).get("/en/members/" + id).statusCode()).isEqualTo(404);
    }
}
