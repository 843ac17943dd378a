package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.forum.ForumFixture.guestReply;
import static org.mpscommons.forum.ForumFixture.reply;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Characters that override or isolate the direction of text (U+202A to U+202E, U+2066 to U+2069) can make a file
 * name or a link read as something else ("Trojan Source"); they are taken out of titles and posts when they are
 * saved. The marks that only hint a direction (U+200E, U+200F), which right-to-left writers use, stay. A guest's
 * name with such characters is refused, as a member's is.
 */
@SiteTest
@Tag("db")
class TextDirectionTest {

    private static final String OVERRIDES = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ForumFixture forum;

    @BeforeEach
    void setUp() {
        forum = new ForumFixture(context, port);
    }

    @Test
    void directionOverridesAreTakenOutOfTitlesAndPostsWhenTheyAreSaved() {
        ForumFixture.Member member = forum.member();
        String title = unique("Report ");
        String path = startTopic(
                member.client(),
                title + " \u202efdp.exe",
                "See the file \u202etxt.exe\u202c here.\n\n" + "Hebrew \u200fשלום\u200e stays.");
        long topic = ForumFixture.topicId(path);
        long opening = ForumFixture.postId(jdbc, path, 1);
        assertThat(storedTitle(topic)).isEqualTo(title + " fdp.exe");
        assertThat(storedSource(opening)).isEqualTo("See the file txt.exe here.\n\nHebrew \u200fשלום\u200e stays.");
        assertThat(storedHtml(opening))
                .doesNotContainPattern("[" + OVERRIDES + "]")
                .contains("\u200f");

        assertThat(reply(member.client(), path, "Every one: [" + OVERRIDES + "] gone.")
                        .statusCode())
                .isEqualTo(302);
        assertThat(storedSource(ForumFixture.postId(jdbc, path, 2))).isEqualTo("Every one: [] gone.");

        var edited = member.client()
                .submit(
                        "/en/forum/p/" + opening + "/edit",
                        "/en/forum/p/" + opening + "/edit",
                        Map.of(
                                "title",
                                title + " \u2067edited\u2069",
                                "body",
                                "Edited \u202dtext\u202c.",
                                "language",
                                "en"));
        assertThat(location(edited)).endsWith("#post-1");
        assertThat(storedTitle(topic)).isEqualTo(title + " edited");
        assertThat(storedSource(opening)).isEqualTo("Edited text.");
        String moved = location(forum.visitor().get("/en/forum/t/" + topic));
        String page = forum.visitor().get(moved).body();
        assertThat(page).contains("Edited text.");
        assertThat(page).doesNotContainPattern("[" + OVERRIDES + "]");
    }

    @Test
    void aGuestsNameIsNormalisedAndMayNotHideCharacters() {
        String path = startTopic(forum.member().client(), unique("Guest names "), "Text.");
        HttpResponse<String> hidden = guestReply(forum.visitor(), path, "\u202eokanah", "A kind comment");
        assertThat(hidden.statusCode()).isEqualTo(200);
        assertThat(hidden.body()).contains("The name cannot contain invisible characters");
        HttpResponse<String> zeroWidth = guestReply(forum.visitor(), path, "Han\u200bako", "Another kind comment");
        assertThat(zeroWidth.statusCode()).isEqualTo(200);

        HttpResponse<String> wide = guestReply(forum.visitor(), path, "ｈａｎａｋｏ\u3000\u3000ｙ", "A third comment");
        assertThat(wide.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT guest_name FROM forum_post WHERE topic_id = :topic AND number = 2")
                        .param("topic", ForumFixture.topicId(path))
                        .query(String.class)
                        .single())
                .isEqualTo("hanako y");
    }

    private String storedTitle(long topic) {
        return jdbc.sql("SELECT title FROM forum_topic WHERE id = :id")
                .param("id", topic)
                .query(String.class)
                .single();
    }

    private String storedSource(long post) {
        return jdbc.sql("SELECT body_source FROM forum_post WHERE id = :id")
                .param("id", post)
                .query(String.class)
                .single();
    }

    private String storedHtml(long post) {
        return jdbc.sql("SELECT body_html FROM forum_post WHERE id = :id")
                .param("id", post)
                .query(String.class)
                .single();
    }
}
