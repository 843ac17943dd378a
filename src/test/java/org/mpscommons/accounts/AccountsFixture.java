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
        return client.submit(
                "/" + lang + "/register",
                "/" + lang + "/register",
                Map.of("displayName", name, "email", email, "password", password, "website", ""));
    }

    public static HttpResponse<String> signIn(SiteClient client, String lang, String email, String password) {
        return client.submit(
                "/" + lang + "/login", "/" + lang + "/login", Map.of("email", email, "password", password));
    }

    /** A member with a confirmed address and {@link #PASSWORD}; returns their email. */
    public static String confirmedMember(int port, String lang) {
        TestMailServer.shared();
        SiteClient client = new SiteClient(port);
        String email = unique("member") + "@example.org";
        register(client, lang, unique("Member"), email, PASSWORD);
        String subject = lang.equals("ja") ? "メールアドレスの確認" : "Confirm your email address";
        String link =
                TestMailServer.link(TestMailServer.awaitMail(email, subject), "/" + lang + "/verify-email?token=");
        client.submit(link, "/" + lang + "/verify-email", Map.of("token", token(link)));
        return email;
    }

    /** Gives a member the admin role directly in the database, as an earlier admin would have. */
    public static void makeAdmin(org.springframework.context.ApplicationContext context, String email) {
        MemberRepository members = context.getBean(MemberRepository.class);
        long id = members.findByEmail(email).orElseThrow().id();
        members.setRoles(id, java.util.EnumSet.of(Role.MEMBER, Role.ADMIN));
    }

    public static long memberId(org.springframework.context.ApplicationContext context, String email) {
        return context.getBean(MemberRepository.class)
                .findByEmail(email)
                .orElseThrow()
                .id();
    }

    /** Sets a member's roles directly in the database, as an admin would have. */
    public static void setRoles(org.springframework.context.ApplicationContext context, String email, Role... roles) {
        java.util.EnumSet<Role> set = java.util.EnumSet.of(Role.MEMBER, roles);
        context.getBean(MemberRepository.class).setRoles(memberId(context, email), set);
    }

    /**
     * Records a checked profession and gives the professional role directly in the database, as an admin's
     * verification would have (see {@code AdminActions.verifyProfessional}); other roles stay.
     */
    public static void verifyProfessional(
            org.springframework.context.ApplicationContext context, String email, String profession) {
        MemberRepository members = context.getBean(MemberRepository.class);
        Member member = members.findByEmail(email).orElseThrow();
        java.util.EnumSet<Role> roles = java.util.EnumSet.copyOf(member.roles());
        roles.add(Role.PROFESSIONAL);
        members.setProfession(member.id(), profession);
        members.setRoles(member.id(), roles);
    }

    /** A new browser signed in as the member (who has no second factor). */
    public static SiteClient signedIn(int port, String email) {
        SiteClient client = new SiteClient(port);
        signIn(client, "en", email, PASSWORD);
        return client;
    }

    /**
     * A new member with the given staff role, signed in, who turned on two-factor sign-in in this session (staff
     * pages require it).
     */
    public static SiteClient signedInStaff(
            org.springframework.context.ApplicationContext context, int port, String email, Role role) {
        setRoles(context, email, role);
        return signedInFully(port, email);
    }

    /**
     * A new browser signed in as the member, who turns on two-factor sign-in in this session: staff and verified
     * professionals hold their powers only in such a session.
     */
    public static SiteClient signedInFully(int port, String email) {
        return fullySignedIn(port, email).client();
    }

    /** A browser signed in with both factors, and the secret of the member's app for the codes they type later. */
    public record FullySignedIn(SiteClient client, String secret) {

        /** A code the site has not seen yet (the one of enrolment was the current one). */
        public String nextCode() {
            return Totp.code(secret, Totp.step(java.time.Instant.now()) + 1);
        }
    }

    public static FullySignedIn fullySignedIn(int port, String email) {
        SiteClient client = new SiteClient(port);
        signIn(client, "en", email, PASSWORD);
        String secret = TwoFactorTest.secret(
                client.get("/en/account/two-factor?required").body());
        client.submit(
                "/en/account/two-factor",
                "/en/account/two-factor",
                Map.of("code", Totp.code(secret, Totp.step(java.time.Instant.now()))));
        return new FullySignedIn(client, secret);
    }

    /** Turns on two-factor sign-in for a member, in a browser of its own; returns the app's secret. */
    public static String enableTwoFactor(int port, String email) {
        return fullySignedIn(port, email).secret();
    }

    /** Where a redirect leads, as a site path. */
    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private AccountsFixture() {}
}
