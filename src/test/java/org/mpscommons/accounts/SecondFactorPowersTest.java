package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.location;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attacks the security review made, over real HTTP: an editor who has not set up the second factor publishing
 * with the password alone, a moderator doing the same with someone else's post, and a session opened by the
 * "remember me" cookie alone. Each is refused and changes nothing; the same people signed in fully succeed.
 */
@SiteTest
class SecondFactorPowersTest {

    /** Any page with a form gives a valid CSRF token: tokens are per browser, not per form. */
    private static final String ANY_FORM = "/en/doctor-kit";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorWithThePasswordAloneCannotWriteAnArticle() {
        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, email, Role.EDITOR);
        SiteClient editor = AccountsFixture.signedIn(port, email);
        String slug = AccountsFixture.unique("password-only-").toLowerCase();

        assertThat(editor.get("/en/articles/new").statusCode()).isEqualTo(404);
        assertThat(editor.get("/en/articles/").body()).contains("/en/account/two-factor?required");
        HttpResponse<String> created = editor.submit(
                ANY_FORM,
                "/en/articles/new",
                Map.of(
                        "language",
                        "en",
                        "translationKey",
                        slug,
                        "slug",
                        slug,
                        "title",
                        "Not by an editor",
                        "summary",
                        "x",
                        "theme",
                        "treatments",
                        "tags",
                        "",
                        "body",
                        "Text.",
                        "note",
                        ""));
        assertThat(created.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aModeratorWithThePasswordAloneCannotEditSomeoneElsesPost() {
        ForumFixture forum = new ForumFixture(context, port);
        String topic = ForumFixture.startTopic(
                forum.member().client(),
                "A writer's own words",
                "My own words, which only I and a moderator may change.");
        long postId = ForumFixture.postId(jdbc, topic, 1);
        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, email, Role.MODERATOR);
        SiteClient moderator = AccountsFixture.signedIn(port, email);

        HttpResponse<String> edit = moderator.submit(
                ANY_FORM,
                "/en/forum/p/" + postId + "/edit",
                Map.of(
                        "title",
                        "A writer's own words",
                        "body",
                        "Changed by a password alone.",
                        "reason",
                        "Tidied",
                        "confirmPublic",
                        "yes"));

        assertThat(edit.statusCode()).isIn(403, 404);
        assertThat(body(postId)).isEqualTo("My own words, which only I and a moderator may change.");
        assertThat(location(moderator.get("/en/forum/review"))).isEqualTo("/en/account/two-factor?required");
    }

    @Test
    void aRememberedSessionHasNoPowersUntilTheCodeIsGivenAgain() {
        ForumFixture forum = new ForumFixture(context, port);
        String topic = ForumFixture.startTopic(
                forum.member().client(), "Words to moderate", "The first version of a member's post.");
        long postId = ForumFixture.postId(jdbc, topic, 1);
        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, email, Role.MODERATOR);
        String secret = AccountsFixture.enableTwoFactor(port, email);
        SiteClient browser = new SiteClient(port);
        browser.submit("/en/login", "/en/login", Map.of("email", email, "password", PASSWORD, "remember", "true"));
        browser.submit(
                "/en/login/code", "/en/login/code", Map.of("code", Totp.code(secret, Totp.step(Instant.now()) + 1)));
        browser.forgetCookie("SESSION");

        // Signed in again by the cookie alone: a member's powers, and a way back to the moderator's.
        HttpResponse<String> edit = browser.submit(
                ANY_FORM,
                "/en/forum/p/" + postId + "/edit",
                Map.of(
                        "title",
                        "Words to moderate",
                        "body",
                        "Changed by a remembered session.",
                        "reason",
                        "Tidied",
                        "confirmPublic",
                        "yes"));
        assertThat(edit.statusCode()).isIn(403, 404);
        assertThat(body(postId)).isEqualTo("The first version of a member's post.");
        assertThat(location(browser.get("/en/forum/review"))).isEqualTo("/en/login");

        // A moderator signed in with both factors edits.
        SiteClient full = AccountsFixture.signedInStaff(
                context, port, AccountsFixture.confirmedMember(port, "en"), Role.MODERATOR);
        HttpResponse<String> allowed = full.submit(
                ANY_FORM,
                "/en/forum/p/" + postId + "/edit",
                Map.of(
                        "title",
                        "Words to moderate",
                        "body",
                        "Changed by a moderator with both factors.",
                        "reason",
                        "Tidied",
                        "confirmPublic",
                        "yes"));
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(302);
        assertThat(body(postId)).isEqualTo("Changed by a moderator with both factors.");
    }

    private String body(long postId) {
        return jdbc.sql("SELECT body_source FROM forum_post WHERE id = ?")
                .param(postId)
                .query(String.class)
                .single();
    }
}
