package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.forum.ForumFixture.unique;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reacting and following over real HTTP, as forum-actions.js sends them (asking for JSON) and as a form without
 * JavaScript sends them (asking for HTML): the script gets the new state in a few bytes, the form its redirect.
 */
@SiteTest
@Tag("db")
class InPlaceActionsTest {

    /** What Chromium sends with a form's post. */
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ForumFixture forum;
    ForumFixture.Member author;
    String path;
    long opening;

    @BeforeEach
    void startTopic() {
        forum = new ForumFixture(context, port);
        author = forum.member();
        path = ForumFixture.startTopic(author.client(), unique("In place "), "Heat helped my neck.");
        opening = ForumFixture.postId(jdbc, path, 1);
    }

    @Test
    void aReactionAskedForAsJsonAnswersWithThePressedStateAndTheNewCount() {
        SiteClient reader = forum.member().client();
        HttpResponse<String> pressed = react(reader, "helpful", "application/json");
        assertThat(pressed.statusCode()).isEqualTo(200);
        assertThat(pressed.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(pressed.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(pressed.body()).isEqualTo("{\"pressed\":true,\"count\":1}");

        SiteClient other = forum.member().client();
        assertThat(react(other, "helpful", "application/json").body()).isEqualTo("{\"pressed\":true,\"count\":2}");
        assertThat(react(other, "me-too", "application/json").body()).isEqualTo("{\"pressed\":true,\"count\":1}");
        // Pressed again, it is taken back.
        assertThat(react(reader, "helpful", "application/json").body()).isEqualTo("{\"pressed\":false,\"count\":1}");
        assertThat(counts()).isEqualTo("1/1");
        assertThat(reader.get("/en" + path).body())
                .contains("value=\"helpful\" aria-pressed=\"false\"")
                .contains("value=\"me-too\" aria-pressed=\"false\"");
    }

    @Test
    void aFormsPostStillGetsItsRedirectWhateverItAccepts() {
        SiteClient reader = forum.member().client();
        HttpResponse<String> fromForm = react(reader, "helpful", BROWSER_ACCEPT);
        assertThat(fromForm.statusCode()).isEqualTo(302);
        assertThat(location(fromForm)).isEqualTo("/en" + path + "#post-1");
        HttpResponse<String> withoutAccept =
                reader.submit("/en" + path, "/en/forum/p/" + opening + "/react", Map.of("kind", "me-too"));
        assertThat(withoutAccept.statusCode()).isEqualTo(302);
        assertThat(counts()).isEqualTo("1/1");
    }

    @Test
    void whatIsRefusedIsRefusedAsBeforeAndNeverLooksLikeAnAnswer() {
        // Nobody reacts to their own post.
        HttpResponse<String> own = react(author.client(), "helpful", "application/json");
        assertThat(own.statusCode()).isEqualTo(404);
        assertThat(react(forum.member().client(), "applause", "application/json")
                        .statusCode())
                .isEqualTo(400);
        // A visitor (signed out meanwhile, say) is not answered with a state: the script sends the form instead.
        HttpResponse<String> visitor = react(forum.visitor(), "helpful", "application/json");
        assertThat(visitor.statusCode()).isNotEqualTo(200);
        assertThat(visitor.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("application/json");
        assertThat(counts()).isEqualTo("0/0");
    }

    @Test
    void followingAskedForAsJsonAnswersWhetherTheMemberNowFollows() {
        ForumFixture.Member reader = forum.member();
        String action = "/en/forum/t/" + ForumFixture.topicId(path) + "/follow";
        HttpResponse<String> followed =
                reader.client().post(action, reader.client().formFields("/en" + path), "Accept", "application/json");
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(followed.body()).isEqualTo("{\"following\":true}");
        assertThat(follows(reader)).isTrue();

        Map<String, String> stop = new java.util.HashMap<>(reader.client().formFields("/en" + path));
        stop.put("stop", "1");
        assertThat(reader.client()
                        .post(action, stop, "Accept", "application/json")
                        .body())
                .isEqualTo("{\"following\":false}");
        assertThat(follows(reader)).isFalse();

        HttpResponse<String> fromForm =
                reader.client().post(action, reader.client().formFields("/en" + path), "Accept", BROWSER_ACCEPT);
        assertThat(fromForm.statusCode()).isEqualTo(302);
        assertThat(location(fromForm)).isEqualTo("/en" + path);
        assertThat(follows(reader)).isTrue();
    }

    private HttpResponse<String> react(SiteClient client, String kind, String accept) {
        Map<String, String> form = new java.util.HashMap<>(client.formFields("/en" + path));
        form.put("kind", kind);
        return client.post("/en/forum/p/" + opening + "/react", form, "Accept", accept);
    }

    private String counts() {
        return jdbc.sql("SELECT helpful, me_too FROM forum_post WHERE id = :id")
                .param("id", opening)
                .query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2))
                .single();
    }

    private boolean follows(ForumFixture.Member member) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_topic_follow WHERE member_id = :member AND topic_id = :topic")
                        .param("member", member.id())
                        .param("topic", ForumFixture.topicId(path))
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
