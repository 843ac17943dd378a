package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.Throttle;
import org.mpscommons.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The live preview's endpoint over real HTTP, as editor.js calls it from a topic page's reply form. */
@SiteTest
@Tag("db")
class PreviewControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    Posting posting;

    @Autowired
    Categories categories;

    @Autowired
    Throttle throttle;

    /** A topic page: its reply form carries the CSRF token a visitor's preview sends. */
    String topicPage;

    @BeforeEach
    void createTopic() {
        String title = ForumFixture.unique("Preview check ");
        Writer staff = new Writer(-1L, "Staff", true, true, null, "127.0.0.1");
        Posted.Saved saved = (Posted.Saved) posting.createTopic(
                staff,
                categories.bySlug("treatments").orElseThrow(),
                new TopicForm("treatments", title, ForumFixture.unique("Body "), "en", "public", null, null),
                Language.EN);
        topicPage = "/en/forum/t/" + saved.topicId() + "/" + Slugs.of(title);
    }

    @Test
    void aVisitorsDraftComesBackAsTheSanitizedHtmlItWouldBeSavedAs() {
        String draft = "Hello <script>alert(1)</script>\n\n- stretching\n- heat\n\n**Much better** now.";
        HttpResponse<String> response = preview(new SiteClient(port), "/en/forum/preview", draft);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body())
                .doesNotContain("<script")
                .contains("&lt;script&gt;")
                .contains("<li>stretching</li>", "<li>heat</li>", "<strong>Much better</strong>")
                .isEqualTo(posting.preview(draft, null, Language.EN).html());
        assertThat(preview(new SiteClient(port), "/ja/forum/preview", "**痛み**").body())
                .isEqualTo("<p><strong>痛み</strong></p>");
        assertThat(preview(new SiteClient(port), "/en/forum/preview", "  \n ").body())
                .isEmpty();
    }

    @Test
    void aQuotesAttributionIsPreviewedInTheLanguageThePostWillBeSavedIn() {
        String quote = "> [Hanako](/ja/forum/p/7)\n>\n> ";
        SiteClient visitor = new SiteClient(port);
        // Chosen in the form.
        assertThat(visitor.submit(topicPage, "/ja/forum/preview", Map.of("body", quote + "肩が痛みます。", "language", "en"))
                        .body())
                .contains("<figcaption><a href=\"/ja/forum/p/7\" rel=\"nofollow ugc noopener\">Hanako wrote:</a>");
        // Else told by the text's script, as saving tells it.
        assertThat(preview(visitor, "/en/forum/preview", quote + "肩が痛みます。").body())
                .contains(">Hanakoさんの書き込み：</a></figcaption>");
        assertThat(preview(visitor, "/ja/forum/preview", quote + "Heat helps.").body())
                .contains(">Hanako wrote:</a></figcaption>");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        HttpResponse<String> response = new SiteClient(port).post("/en/forum/preview", Map.of("body", "Hello"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aDraftLongerThanAPostMayBeIsRefused() {
        SiteClient visitor = new SiteClient(port);
        assertThat(preview(visitor, "/en/forum/preview", "痛".repeat(PostRules.BODY_MAX))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> tooLong = preview(visitor, "/en/forum/preview", "痛".repeat(PostRules.BODY_MAX + 1));
        assertThat(tooLong.statusCode()).isEqualTo(413);
        assertThat(tooLong.body()).isEmpty();
    }

    @Test
    void oneAddressReachesItsLimitAndIsToldSo() {
        SiteClient visitor = new SiteClient(port);
        String bucket = PreviewController.bucket(visitor.address());
        assertThat(preview(visitor, "/en/forum/preview", "First").statusCode()).isEqualTo(200);
        assertThat(throttle.count(bucket, PreviewController.WINDOW)).isEqualTo(1);
        for (int i = 1; i < PreviewController.PREVIEWS_PER_WINDOW; i++) {
            throttle.record(bucket);
        }

        HttpResponse<String> refused = preview(visitor, "/en/forum/preview", "One more");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        // Refusals are not counted, so the window frees up as it slides; other addresses are not affected.
        assertThat(throttle.count(bucket, PreviewController.WINDOW)).isEqualTo(PreviewController.PREVIEWS_PER_WINDOW);
        assertThat(preview(new SiteClient(port), "/en/forum/preview", "Elsewhere")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theEditorScriptIsLoadedFromAContentHashedAddressLikeTheStylesheet() {
        SiteClient visitor = new SiteClient(port);
        Matcher script = Pattern.compile("<script src=\"(/js/editor-[0-9a-f]{32}\\.js)\" defer></script>")
                .matcher(visitor.get(topicPage).body());
        assertThat(script.find()).isTrue();
        HttpResponse<String> response = visitor.get(script.group(1));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        cache -> assertThat(cache).contains("max-age=31536000").contains("public"));
        // Pages without an editor do not load it.
        assertThat(visitor.get("/en/forum/").body()).doesNotContain("/js/editor");
    }

    private HttpResponse<String> preview(SiteClient client, String action, String body) {
        return client.submit(topicPage, action, Map.of("body", body));
    }
}
