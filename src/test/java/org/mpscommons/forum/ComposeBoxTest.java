package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.forum.ForumFixture.unique;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.content.images.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The compose box over real HTTP, without JavaScript: a photo and a quote are cards beside the text box, never
 * Markdown in it; the post is saved with both; a photo without its description is sent back with everything kept.
 */
@SiteTest
@Tag("db")
class ComposeBoxTest {

    private static final Pattern TEXT_BOX = Pattern.compile("<textarea id=\"body\"[^>]*>([^<]*)</textarea>");
    private static final Pattern PHOTO_PATH = Pattern.compile("/media/([A-Za-z0-9_-]{22,64})\\.jpg");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPreviewWithAPhotoKeepsTheTextBoxFreeOfMarkupAndShowsTheCardWithItsDescription() {
        ForumFixture.Member writer = new ForumFixture(context, port).member();
        String title = unique("My shoulder blade ");
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("_csrf", writer.client().formFields("/en/forum/new").get("_csrf")),
                Map.entry("category", "treatments"),
                Map.entry("title", title),
                Map.entry("body", "It hurts **here**, under the blade."),
                Map.entry("language", ""),
                Map.entry("visibility", "public"),
                Map.entry("imageAlt", "The spot on my shoulder that hurts")));

        HttpResponse<String> previewed = writer.client()
                .postMultipart("/en/forum/new", with(fields, "preview", "1"), "image", TestImages.jpeg(40, 30));

        assertThat(previewed.statusCode()).isEqualTo(200);
        String page = previewed.body();
        // The text box holds what was typed, Markdown typed by hand included, and no photo markup.
        assertThat(textBox(page)).isEqualTo("It hurts **here**, under the blade.");
        String photo = hidden(page, "photo").getFirst();
        assertThat(photo).matches(PHOTO_PATH);
        String card = card(page, photo);
        assertThat(card)
                .contains("<img class=\"compose-thumb\" src=\"" + photo + "\" alt=\"\">")
                .contains("<label for=\"" + altId(photo) + "\">Describe the photo</label>")
                .contains("value=\"The spot on my shoulder that hurts\"")
                .contains("name=\"remove\" value=\"photo:" + photo + "\"");
        assertThat(section(page, "<section class=\"preview\"", "</section>"))
                .contains("<strong>here</strong>")
                .contains("<img src=\"" + photo + "\" alt=\"The spot on my shoulder that hurts\" loading=\"lazy\" />");

        // Sent as it came back: the topic opens with the words and the photo, described.
        List<Map.Entry<String, String>> again = with(fields, "photo", photo);
        again.add(Map.entry("photoAlt", "The spot on my shoulder that hurts"));
        HttpResponse<String> posted = writer.client().postMultipart("/en/forum/new", again, "image", null);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String topic = new SiteClient(port)
                .get(org.mpscommons.accounts.AccountsFixture.location(posted))
                .body();
        assertThat(topic)
                .contains("<p>It hurts <strong>here</strong>, under the blade.</p>\n<p><img src=\"" + photo
                        + "\" alt=\"The spot on my shoulder that hurts\" loading=\"lazy\" /></p>");
    }

    @Test
    void aReplyWithAPhotoAndAQuoteRendersBothAndEditingShowsThemAsCardsAgain() {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member author = forum.member();
        String path = ForumFixture.startTopic(
                author.client(), unique("Heat or ice "), "Heat helped my neck.\n\n- a warm towel\n- rest");
        long opening = ForumFixture.postId(jdbc, path, 1);
        String name = displayName(author.id());
        ForumFixture.Member replier = forum.member();

        String form = replier.client().get("/en" + path + "?quote=" + opening).body();
        assertThat(textBox(form)).isEmpty();
        String quote = hidden(form, "quote").getFirst();
        assertThat(quote)
                .startsWith("> [")
                .contains("](/en/forum/p/" + opening + ")")
                .contains("> Heat helped my neck.");
        assertThat(section(form, "<div class=\"compose-card compose-quote\"", "</div>"))
                .contains("Quoting " + name + ":")
                .contains("<p>Heat helped my neck. a warm towel rest</p>")
                .contains("name=\"remove\" value=\"quote\"");

        HttpResponse<String> sent = replier.client()
                .postMultipart(
                        "/en" + ForumFixture.replyAction(path),
                        List.of(
                                Map.entry("_csrf", hidden(form, "_csrf").getFirst()),
                                Map.entry("started", hidden(form, "started").getFirst()),
                                Map.entry("quote", quote),
                                Map.entry("body", "Mine too."),
                                Map.entry("imageAlt", "My towel, folded")),
                        "image",
                        TestImages.jpeg(40, 30));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);

        String topic = forum.visitor().get("/en" + path).body();
        String reply = section(topic, "id=\"post-2\"", "</article>");
        assertThat(reply)
                .contains("<figure class=\"quote\"><figcaption><a href=\"/en/forum/p/" + opening
                        + "\" rel=\"nofollow ugc noopener\">" + name + " wrote:</a></figcaption>\n<blockquote>\n"
                        + "<p>Heat helped my neck.</p>\n<ul><li>a warm towel</li><li>rest</li></ul>\n"
                        + "</blockquote></figure>\n<p>Mine too.</p>\n<p><img src=\"/media/")
                .contains("alt=\"My towel, folded\" loading=\"lazy\" /></p>");

        // Editing: the stored post's quote and photo come back as cards, the text box holds the words alone, and
        // saving without a change stores the same text.
        long replyId = ForumFixture.postId(jdbc, path, 2);
        String stored = bodySource(replyId);
        String edit = replier.client().get("/en/forum/p/" + replyId + "/edit").body();
        assertThat(textBox(edit)).isEqualTo("Mine too.");
        assertThat(hidden(edit, "quote")).containsExactly(quote);
        String photo = hidden(edit, "photo").getFirst();
        assertThat(card(edit, photo)).contains("value=\"My towel, folded\"");
        HttpResponse<String> saved = replier.client()
                .postMultipart(
                        "/en/forum/p/" + replyId + "/edit",
                        List.of(
                                Map.entry("_csrf", hidden(edit, "_csrf").getFirst()),
                                Map.entry("quote", quote),
                                Map.entry("body", "Mine too."),
                                Map.entry("language", "en"),
                                Map.entry("photo", photo),
                                Map.entry("photoAlt", "My towel, folded")),
                        "image",
                        null);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(bodySource(replyId)).isEqualTo(stored);
    }

    @Test
    void aPhotoWithoutItsDescriptionIsAnErrorInThePagesLanguageAndNothingIsLost() {
        ForumFixture forum = new ForumFixture(context, port);
        String path = ForumFixture.startTopic(forum.member().client(), unique("肩の痛み "), "肩甲骨の内側が痛みます。");
        long opening = ForumFixture.postId(jdbc, path, 1);
        ForumFixture.Member replier = forum.member();
        String form = replier.client().get("/ja" + path + "?quote=" + opening).body();
        String quote = hidden(form, "quote").getFirst();
        List<Map.Entry<String, String>> fields = List.of(
                Map.entry("_csrf", hidden(form, "_csrf").getFirst()),
                Map.entry("started", hidden(form, "started").getFirst()),
                Map.entry("quote", quote),
                Map.entry("body", "私も同じ場所が痛みます。"),
                Map.entry("imageAlt", ""));

        HttpResponse<String> refused = replier.client()
                .postMultipart("/ja" + ForumFixture.replyAction(path), fields, "image", TestImages.jpeg(40, 30));

        assertThat(refused.statusCode()).isEqualTo(200);
        String page = refused.body();
        String photo = hidden(page, "photo").getFirst();
        String id = altId(photo);
        assertThat(section(page, "<div class=\"error-summary\"", "</div>"))
                .contains("<a href=\"#" + id + "\">写真の説明を短く入力してください。画像が見えない方のための説明です。</a>");
        assertThat(card(page, photo))
                .contains("<p class=\"error-text\" id=\"" + id + "-error\">")
                .contains("aria-invalid=\"true\"");
        assertThat(textBox(page)).isEqualTo("私も同じ場所が痛みます。");
        assertThat(hidden(page, "quote")).containsExactly(quote);
        assertThat(postCount(path)).isEqualTo(1);

        HttpResponse<String> sent = replier.client()
                .postMultipart(
                        "/ja" + ForumFixture.replyAction(path),
                        List.of(
                                Map.entry("_csrf", hidden(page, "_csrf").getFirst()),
                                Map.entry("started", hidden(page, "started").getFirst()),
                                Map.entry("quote", quote),
                                Map.entry("body", "私も同じ場所が痛みます。"),
                                Map.entry("photo", photo),
                                Map.entry("photoAlt", "肩甲骨の内側、痛む場所")),
                        "image",
                        null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String reply = section(forum.visitor().get("/ja" + path).body(), "id=\"post-2\"", "</article>");
        assertThat(reply)
                .contains("さんの書き込み：</a></figcaption>")
                .contains("<p>私も同じ場所が痛みます。</p>")
                .contains("<img src=\"" + photo + "\" alt=\"肩甲骨の内側、痛む場所\" loading=\"lazy\" />");
    }

    @Test
    void withoutJavaScriptACardsRemoveButtonTakesOnlyThatCardAway() {
        ForumFixture forum = new ForumFixture(context, port);
        String path = ForumFixture.startTopic(forum.member().client(), unique("Jaw pain "), "My jaw clicks.");
        long opening = ForumFixture.postId(jdbc, path, 1);
        ForumFixture.Member replier = forum.member();
        String form = replier.client().get("/en" + path + "?quote=" + opening).body();
        List<Map.Entry<String, String>> fields = List.of(
                Map.entry("_csrf", hidden(form, "_csrf").getFirst()),
                Map.entry("started", hidden(form, "started").getFirst()),
                Map.entry("quote", hidden(form, "quote").getFirst()),
                Map.entry("body", "Mine clicks as well."),
                Map.entry("imageAlt", "My jaw"));
        String withPhoto = replier.client()
                .postMultipart(
                        "/en" + ForumFixture.replyAction(path),
                        with(fields, "preview", "1"),
                        "image",
                        TestImages.jpeg(40, 30))
                .body();
        String photo = hidden(withPhoto, "photo").getFirst();

        String withoutQuote = replier.client()
                .postMultipart(
                        "/en" + ForumFixture.replyAction(path),
                        List.of(
                                Map.entry("_csrf", hidden(withPhoto, "_csrf").getFirst()),
                                Map.entry(
                                        "started", hidden(withPhoto, "started").getFirst()),
                                Map.entry("quote", hidden(withPhoto, "quote").getFirst()),
                                Map.entry("body", "Mine clicks as well."),
                                Map.entry("photo", photo),
                                Map.entry("photoAlt", "My jaw"),
                                Map.entry("remove", "quote")),
                        "image",
                        null)
                .body();

        assertThat(hidden(withoutQuote, "quote")).isEmpty();
        assertThat(hidden(withoutQuote, "photo")).containsExactly(photo);
        assertThat(card(withoutQuote, photo)).contains("value=\"My jaw\"");
        assertThat(textBox(withoutQuote)).isEqualTo("Mine clicks as well.");
        assertThat(postCount(path)).isEqualTo(1);
    }

    private static List<Map.Entry<String, String>> with(
            List<Map.Entry<String, String>> fields, String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(fields);
        more.add(Map.entry(name, value));
        return more;
    }

    private static String textBox(String page) {
        Matcher box = TEXT_BOX.matcher(page);
        assertThat(box.find()).as("a text box on the page").isTrue();
        return HtmlUtils.htmlUnescape(box.group(1));
    }

    /** The values of the page's hidden fields of that name, in order, as a browser sends them. */
    private static List<String> hidden(String page, String name) {
        Matcher field = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\">")
                .matcher(page);
        List<String> values = new ArrayList<>();
        while (field.find()) {
            values.add(HtmlUtils.htmlUnescape(field.group(1)));
        }
        return values;
    }

    /** The photo's card: from its fieldset to the fieldset's end. */
    private static String card(String page, String photo) {
        int at = page.indexOf("<input type=\"hidden\" name=\"photo\" value=\"" + photo + "\">");
        assertThat(at).as("the card of " + photo).isNotNegative();
        int start = page.lastIndexOf("<fieldset class=\"compose-card compose-photo\"", at);
        return page.substring(start, page.indexOf("</fieldset>", at));
    }

    private static String section(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return page.substring(from, page.indexOf(end, from) + end.length());
    }

    private static String altId(String photo) {
        Matcher name = PHOTO_PATH.matcher(photo);
        assertThat(name.matches()).isTrue();
        return "photoAlt-" + name.group(1);
    }

    private String displayName(long memberId) {
        return jdbc.sql("SELECT display_name FROM member WHERE id = :id")
                .param("id", memberId)
                .query(String.class)
                .single();
    }

    private String bodySource(long postId) {
        return jdbc.sql("SELECT body_source FROM forum_post WHERE id = :id")
                .param("id", postId)
                .query(String.class)
                .single();
    }

    private int postCount(String path) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_post WHERE topic_id = :topic")
                .param("topic", ForumFixture.topicId(path))
                .query(Integer.class)
                .single();
    }
}
