package org.mpscommons.accounts;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.mpscommons.SiteClient;
import org.mpscommons.TestMailServer;

/** Steps that many account tests take: register, confirm, sign in, over real HTTP. */
public final class AccountsFixture {

    public static final String PASSWORD = "quiet river morning tea";

    static HttpResponse<String> register(SiteClient client, String lang, String name, String email, String password) {
        return client.submit("/" + lang + "/register", "/" + lang + "/register",
                Map.of("displayName", name, "email", email, "password", password, "website", ""));
    }

    static HttpResponse<String> signIn(SiteClient client, String lang, String email, String password) {
        return client.submit("/" + lang + "/login", "/" + lang + "/login", Map.of("email", email, "password", password));
    }

    /** A member with a confirmed address and {@link #PASSWORD}; returns their email. */
    public static String confirmedMember(int port, String lang) {
        TestMailServer.shared();
        SiteClient client = new SiteClient(port);
        String email = unique("member") + "@example.org";
        register(client, lang, unique("Member"), email, PASSWORD);
        String subject = lang.equals("ja") ? "メールアドレスの確認" : "Confirm your email address";
        String link = TestMailServer.link(TestMailServer.awaitMail(email, subject), "/" + lang + "/verify-email?token=");
        client.submit(link, "/" + lang + "/verify-email", Map.of("token", token(link)));
        return email;
    }

    /** Gives a member the admin role directly in the database, as an earlier admin would have. */
    public static void makeAdmin(org.springframework.context.ApplicationContext context, String email) {
        MemberRepository members = context.getBean(MemberRepository.class);
        long id = members.findByEmail(email).orElseThrow().id();
        members.setRoles(id, java.util.EnumSet.of(Role.MEMBER, Role.ADMIN));
    }

    /** Where a redirect leads, as a site path. */
    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private AccountsFixture() {}
}
