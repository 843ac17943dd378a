package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registration, email verification and sign-in over real HTTP, with the mail read from a real SMTP server. */
@SiteTest
@Tag("db")
class RegistrationTest {

    private static final String PASSWORD = "quiet river morning tea";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    SiteClient browser;

    @BeforeEach
    void setUp() {
        TestMailServer.shared();
        browser = new SiteClient(port);
    }

    @Test
    void aNewMemberRegistersConfirmsTheAddressAndSignsIn() {
        String email = unique("kazu") + "@example.jp";
        String name = unique("かず");
        HttpResponse<String> registered = register(browser, "ja", name, email, PASSWORD);
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(location(registered)).isEqualTo("/ja/register/check-email");
        assertThat(browser.get("/ja/register/check-email").body()).contains("メールをご確認ください");

        MimeMessage mail = TestMailServer.awaitMail(email, "メールアドレスの確認");
        assertThat(TestMailServer.plainText(mail)).contains("さん").contains("24時間");
        String link = TestMailServer.link(mail, "/ja/verify-email?token=");

        // Following the link changes nothing by itself; the page asks for a press of the button.
        assertThat(browser.get(link).body()).contains("メールアドレスを確認する");
        assertThat(location(signIn(browser, "ja", email, PASSWORD))).isEqualTo("/ja/login?unverified");

        // Confirmed in the browser that registered: signed in at once, welcomed by name.
        HttpResponse<String> confirmed = browser.submit(link, "/ja/verify-email", Map.of("token", token(link)));
        assertThat(location(confirmed)).isEqualTo("/ja/account?confirmed");
        HttpResponse<String> welcome = browser.get("/ja/account?confirmed");
        assertThat(welcome.statusCode()).isEqualTo(200);
        assertThat(welcome.body())
                .contains("メールアドレスが確認でき、ログインしました")
                .contains("ようこそ、" + name + "さん。")
                .contains(email);
        assertThat(welcome.headers().firstValue("Cache-Control")).hasValue("no-store");
        // The link works once.
        assertThat(browser.get(link).body()).contains("すでに使われています");

        // The password signs in as before, from anywhere.
        SiteClient elsewhere = new SiteClient(port);
        assertThat(location(signIn(elsewhere, "ja", email, PASSWORD))).isEqualTo("/ja/account");
        assertThat(elsewhere.get("/ja/account").statusCode()).isEqualTo(200);
    }

    @Test
    void theLinkOpenedInAnotherBrowserOnlyConfirmsTheAddress() {
        String email = unique("phone") + "@example.org";
        register(browser, "en", unique("Phone"), email, PASSWORD);
        String link = TestMailServer.link(TestMailServer.awaitMail(email, "Confirm"), "/en/verify-email?token=");

        // A mail scanner fetching the link changes nothing; another browser pressing the button confirms only.
        SiteClient other = new SiteClient(port);
        assertThat(other.get(link).statusCode()).isEqualTo(200);
        HttpResponse<String> confirmed = other.submit(link, "/en/verify-email", Map.of("token", token(link)));
        assertThat(location(confirmed)).isEqualTo("/en/login?verified");
        assertThat(location(other.get("/en/account"))).isEqualTo("/en/login");
        // Nor is the browser that registered signed in by someone else's press.
        assertThat(location(browser.get("/en/account"))).isEqualTo("/en/login");
        assertThat(location(signIn(other, "en", email, PASSWORD))).startsWith("/en/account");
    }

    @Test
    void aBrowserThatRegisteredAnotherAccountIsNotSignedInByThisOnesLink() {
        String email = unique("first") + "@example.org";
        register(browser, "en", unique("First"), email, PASSWORD);
        String link = TestMailServer.link(TestMailServer.awaitMail(email, "Confirm"), "/en/verify-email?token=");

        // Its own registration cookie is bound to its own link only.
        SiteClient otherRegistrant = new SiteClient(port);
        register(otherRegistrant, "en", unique("Second"), unique("second") + "@example.org", PASSWORD);
        assertThat(otherRegistrant.cookie(RegisteringBrowser.NAME)).isPresent();
        HttpResponse<String> confirmed = otherRegistrant.submit(link, "/en/verify-email", Map.of("token", token(link)));
        assertThat(location(confirmed)).isEqualTo("/en/login?verified");
        assertThat(location(otherRegistrant.get("/en/account"))).isEqualTo("/en/login");
    }

    @Test
    void confirmingSignsInWithANewSessionIdAndUsesUpTheBrowsersCookie() {
        String email = unique("fixation") + "@example.org";
        register(browser, "en", unique("Fixation"), email, PASSWORD);
        String link = TestMailServer.link(TestMailServer.awaitMail(email, "Confirm"), "/en/verify-email?token=");
        // A member's page asked for before signing in starts a session (to come back to it).
        browser.get("/en/account");
        String before = browser.cookie("SESSION").orElseThrow();

        HttpResponse<String> confirmed = browser.submit(link, "/en/verify-email", Map.of("token", token(link)));
        assertThat(location(confirmed)).isEqualTo("/en/account?confirmed");
        assertThat(browser.cookie("SESSION").orElseThrow()).isNotEqualTo(before);
        assertThat(browser.cookie(RegisteringBrowser.NAME)).isEmpty();
        assertThat(browser.get("/en/account").statusCode()).isEqualTo(200);
        // No "keep me signed in" cookie that nobody asked for.
        assertThat(browser.cookie("mps_remember")).isEmpty();
    }

    @Test
    void aMemberWhoseSignInNeedsASecondFactorIsOnlyConfirmed() {
        String email = unique("staff") + "@example.org";
        register(browser, "en", unique("Staff"), email, PASSWORD);
        String link = TestMailServer.link(TestMailServer.awaitMail(email, "Confirm"), "/en/verify-email?token=");
        // Made a moderator before confirming (by an admin, or as the first admin at start-up): the password and the
        // code are asked for at sign-in, never skipped.
        AccountsFixture.setRoles(context, email, Role.MODERATOR);

        HttpResponse<String> confirmed = browser.submit(link, "/en/verify-email", Map.of("token", token(link)));
        assertThat(location(confirmed)).isEqualTo("/en/login?verified");
        assertThat(location(browser.get("/en/account"))).isEqualTo("/en/login");
    }

    @Test
    void registeringAKnownAddressLooksTheSameAndTellsItsOwner() {
        String email = unique("known") + "@example.org";
        register(browser, "en", unique("First"), email, PASSWORD);
        TestMailServer.awaitMail(email, "Confirm your email address");

        SiteClient stranger = new SiteClient(port);
        HttpResponse<String> again =
                register(stranger, "en", unique("Second"), email.toUpperCase(), "another long passphrase");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(location(again)).isEqualTo("/en/register/check-email");
        MimeMessage notice = TestMailServer.awaitMail(email, "[MPS Commons] Your account");
        assertThat(TestMailServer.plainText(notice))
                .contains("you already have one")
                .contains("/en/login");
        assertThat(members(email)).isEqualTo(1);
    }

    @Test
    void invalidInputIsExplainedInTheVisitorsLanguageAndNothingIsSaved() {
        String email = unique("short") + "@example.jp";
        HttpResponse<String> response = register(browser, "ja", "", email, "short");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(org.mpscommons.SiteClient.words(response.body()))
                .contains("次の点を修正してください")
                .contains("表示名を入力してください。")
                .contains("パスワードは10文字以上にしてください。")
                .contains("value=\"" + email + "\"")
                .doesNotContain("value=\"short\"");
        assertThat(members(email)).isZero();
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        String email = unique("common") + "@example.org";
        HttpResponse<String> response = register(browser, "en", unique("Common"), email, "Password123");
        assertThat(response.body()).contains("one of the most common ones");
        assertThat(members(email)).isZero();
    }

    @Test
    void aFormWithTheHoneypotFilledIsAnsweredLikeAnyOtherAndSavesNothing() {
        String email = unique("bot") + "@example.org";
        HttpResponse<String> response = browser.submit(
                "/en/register",
                "/en/register",
                Map.of(
                        "displayName",
                        unique("Bot"),
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "website",
                        "http://spam.example"));
        assertThat(location(response)).isEqualTo("/en/register/check-email");
        assertThat(members(email)).isZero();
        assertThat(TestMailServer.mailsTo(email)).isEmpty();
    }

    @Test
    void aFormSentTooFastIsShownAgainWithItsValuesAndASecondSendRegisters() {
        String email = unique("autofill") + "@example.jp";
        String name = unique("はやい");
        // A missing or forged start time fails the timer as a form sent within 3 seconds does (the tests' minimum
        // is 0 s; FormTimerTest checks the real one).
        HttpResponse<String> tooFast = browser.submit(
                "/ja/register",
                "/ja/register",
                Map.of(
                        "displayName",
                        name,
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "website",
                        "",
                        "started",
                        "1.forged"));
        assertThat(tooFast.statusCode()).isEqualTo(200);
        assertThat(SiteClient.words(tooFast.body()))
                .contains("内容をご確認のうえ、もう一度送信してください")
                .contains("value=\"" + name + "\"")
                .contains("value=\"" + email + "\"")
                .doesNotContain(PASSWORD);
        assertThat(members(email)).isZero();

        // The page shown again carries a new start time; sent with it, the form registers as usual.
        String started = hidden(tooFast.body(), "started");
        HttpResponse<String> again = browser.submit(
                "/ja/register",
                "/ja/register",
                Map.of("displayName", name, "email", email, "password", PASSWORD, "website", "", "started", started));
        assertThat(location(again)).isEqualTo("/ja/register/check-email");
        TestMailServer.awaitMail(email, "メールアドレスの確認");
        assertThat(members(email)).isOne();
    }

    @Test
    void aFormSentTooFastByABotMakesNoAccountAndNoMail() {
        String email = unique("fastbot") + "@example.org";
        HttpResponse<String> response = browser.post(
                "/en/register",
                Map.of(
                        "_csrf",
                        browser.formFields("/en/register").get("_csrf"),
                        "displayName",
                        unique("Bot"),
                        "email",
                        email,
                        "password",
                        PASSWORD));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Please check your details and send the form again");
        assertThat(members(email)).isZero();
        assertThat(TestMailServer.mailsTo(email)).isEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        String email = unique("member") + "@example.org";
        register(browser, "en", unique("Member"), email, PASSWORD);
        // The account is created just after the answer; its mail says it exists.
        TestMailServer.awaitMail(email, "Confirm");
        HttpResponse<String> wrongPassword = signIn(new SiteClient(port), "en", email, "not the password at all");
        HttpResponse<String> unknown = signIn(new SiteClient(port), "en", unique("nobody") + "@example.org", PASSWORD);
        assertThat(location(wrongPassword)).isEqualTo("/en/login?error");
        assertThat(location(unknown)).isEqualTo("/en/login?error");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        HttpResponse<String> response = browser.post(
                "/en/register",
                Map.of(
                        "displayName",
                        unique("Forged"),
                        "email",
                        unique("forged") + "@example.org",
                        "password",
                        PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        String email = unique("rotate") + "@example.org";
        register(browser, "en", unique("Rotate"), email, PASSWORD);
        String link = TestMailServer.link(TestMailServer.awaitMail(email, "Confirm"), "/en/verify-email?token=");
        browser.submit(link, "/en/verify-email", Map.of("token", token(link)));

        SiteClient member = new SiteClient(port);
        // A member's page asked for before signing in starts a session (to come back to it).
        member.get("/en/account");
        String before = member.cookie("SESSION").orElseThrow();
        assertThat(location(signIn(member, "en", email, PASSWORD))).startsWith("/en/account");
        String after = member.cookie("SESSION").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(member.get("/en/account").statusCode()).isEqualTo(200);
    }

    @Test
    void theAccountPageSendsVisitorsToSignIn() {
        HttpResponse<String> response = browser.get("/ja/account");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo("/ja/login");
    }

    private static HttpResponse<String> register(
            SiteClient client, String lang, String name, String email, String password) {
        return client.submit(
                "/" + lang + "/register",
                "/" + lang + "/register",
                Map.of("displayName", name, "email", email, "password", password, "website", ""));
    }

    private static HttpResponse<String> signIn(SiteClient client, String lang, String email, String password) {
        return client.submit(
                "/" + lang + "/login", "/" + lang + "/login", Map.of("email", email, "password", password));
    }

    private long members(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE email = :email")
                .param("email", email.toLowerCase())
                .query(Long.class)
                .single();
    }

    /** Where a redirect leads, as a site path. */
    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String hidden(String html, String name) {
        var matcher = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"")
                .matcher(html);
        assertThat(matcher.find()).as("hidden field %s", name).isTrue();
        return matcher.group(1);
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
