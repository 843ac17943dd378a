package org.mpscommons.forum.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts saved as a member types: kept on the server, found again in the same form in another browser, gone once
 * posted or discarded, in the member's data export, and deleted with the account.
 */
@SiteTest
class DraftsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ForumFixture.Member member;
    String topicPath;
    String place;

    @BeforeEach
    void topic() {
        ForumFixture forum = new ForumFixture(context, port);
        member = forum.member();
        topicPath = ForumFixture.startTopic(
                forum.member().client(), ForumFixture.unique("Sleep and pain "), "Does pain wake you at night?");
        place = "topic:" + ForumFixture.topicId(topicPath);
    }

    @Test
    void aSavedDraftOpensInTheSameFormInAnotherBrowserAndGoesWhenPosted() {
        String text = ForumFixture.unique("Waking at 3 am, the shoulder again ");
        HttpResponse<String> saved = save(member.client(), place, text);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).isEqualTo("{\"saved\":true}");
        assertThat(saved.headers().firstValue("Cache-Control")).hasValue("no-store");

        SiteClient phone = AccountsFixture.signedIn(port, member.email());
        HttpResponse<String> page = phone.get("/en" + topicPath);
        assertThat(page.body())
                .contains(text + "</textarea>")
                .contains("Your unsent text is back in the box")
                .contains("Discard draft");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-store");

        assertThat(ForumFixture.reply(phone, topicPath, text).statusCode()).isEqualTo(302);
        assertThat(drafts()).isZero();
        assertThat(member.client().get("/en" + topicPath).body()).doesNotContain(text + "</textarea>");
    }

    @Test
    void aDiscardedDraftIsGone() {
        String text = ForumFixture.unique("Not sure I want to say this ");
        save(member.client(), place, text);
        HttpResponse<String> discarded =
                member.client().submit("/en" + topicPath, "/en/forum/drafts/discard", Map.of("place", place));
        assertThat(AccountsFixture.location(discarded))
                .isEqualTo("/en" + "/forum/t/" + ForumFixture.topicId(topicPath) + "#reply-heading");
        assertThat(drafts()).isZero();
        assertThat(member.client().get("/en" + topicPath).body()).doesNotContain(text);
    }

    @Test
    void savingNeedsTheFormTokenAndAMember() {
        SiteClient browser = member.client();
        Map<String, String> fields = browser.formFields("/en" + topicPath);
        fields.put("place", place);
        fields.put("body", "Without the token");
        Map<String, String> withoutToken = new java.util.HashMap<>(fields);
        withoutToken.remove("_csrf");
        assertThat(browser.post("/en/forum/drafts", withoutToken, "Accept", "application/json")
                        .statusCode())
                .isEqualTo(403);

        SiteClient visitor = new SiteClient(port);
        Map<String, String> visitorFields = visitor.formFields("/en" + topicPath);
        visitorFields.put("place", place);
        visitorFields.put("body", "A visitor has no drafts");
        HttpResponse<String> refused = visitor.post("/en/forum/drafts", visitorFields, "Accept", "application/json");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("{\"signedIn\":false}");

        fields.put("place", "topic:1 OR 1=1");
        assertThat(browser.post("/en/forum/drafts", fields, "Accept", "application/json")
                        .statusCode())
                .isEqualTo(400);
        assertThat(drafts()).isZero();
    }

    @Test
    void stayingSignedInAnswersWhetherTheSessionLives() {
        SiteClient browser = member.client();
        Map<String, String> fields = browser.formFields("/en" + topicPath);
        HttpResponse<String> alive = browser.post("/en/forum/drafts/alive", fields, "Accept", "application/json");
        assertThat(alive.body()).isEqualTo("{\"signedIn\":true}");
        browser.forgetCookie("SESSION");
        HttpResponse<String> ended = browser.post("/en/forum/drafts/alive", fields, "Accept", "application/json");
        assertThat(ended.statusCode()).isEqualTo(401);
    }

    @Test
    void draftsAreInTheExportAndDeletedWithTheAccount() {
        String text = ForumFixture.unique("A draft about my jaw ");
        save(member.client(), place, text);
        var export = member.client()
                .submit("/en/account/export", "/en/account/export", Map.of("password", AccountsFixture.PASSWORD));
        JsonNode draft = JsonMapper.builder()
                .build()
                .readTree(export.body())
                .get("forum")
                .get("drafts")
                .get(0);
        assertThat(draft.get("place").asString()).isEqualTo(place);
        assertThat(draft.get("text").asString()).isEqualTo(text);

        member.client()
                .submit(
                        "/en/account/delete",
                        "/en/account/delete",
                        Map.of("password", AccountsFixture.PASSWORD, "posts", "keep"));
        assertThat(drafts()).isZero();
    }

    private HttpResponse<String> save(SiteClient browser, String at, String text) {
        Map<String, String> fields = browser.formFields("/en" + topicPath);
        fields.put("place", at);
        fields.put("body", text);
        return browser.post("/en/forum/drafts", fields, "Accept", "application/json");
    }

    private long drafts() {
        return jdbc.sql("SELECT COUNT(*) FROM forum_draft WHERE member_id = :member")
                .param("member", member.id())
                .query(Long.class)
                .single();
    }
}
