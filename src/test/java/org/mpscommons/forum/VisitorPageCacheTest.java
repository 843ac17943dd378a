package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Visitors' topic pages come from memory, each with the visitor's own form values, and never reach anyone whose
 * page differs: members, guests with a waiting comment.
 */
@SiteTest
class VisitorPageCacheTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STARTED = Pattern.compile("name=\"started\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void aRepeatedVisitorRequestRunsNoQueryAndCarriesFreshFormValues() throws Exception {
        ForumFixture forum = new ForumFixture(context, port);
        String path = "/en" + startTopic(forum.member().client(), unique("Memory "), "Read from memory.");
        String first = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String[] second = new String[1];
        int statements = SqlStatements.count(() -> second[0] = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        // At most the topic's version, read again once a second.
        assertThat(statements).isLessThanOrEqualTo(1);
        assertThat(second[0]).contains("Read from memory.");
        assertThat(value(CSRF, second[0])).isNotEqualTo(value(CSRF, first)).doesNotStartWith("mps-");
        assertThat(value(STARTED, second[0])).doesNotStartWith("mps-");
        assertThat(strip(second[0])).isEqualTo(strip(first));

        // A page from memory still counts as a view.
        context.getBean(TopicViews.class).flush();
        assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("SELECT view_count FROM forum_topic WHERE id = :id")
                        .param("id", ForumFixture.topicId(path.substring(3)))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aCachedPageKeepsItsHeadersAndItsFormWorks() {
        ForumFixture forum = new ForumFixture(context, port);
        String path = startTopic(forum.member().client(), unique("Headers "), "Text.");
        SiteClient warm = forum.visitor();
        warm.get("/en" + path);

        SiteClient visitor = forum.visitor();
        HttpResponse<String> page = visitor.get("/en" + path);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(page.headers().firstValue("ETag")).isEmpty();
        assertThat(visitor.cookie("mps_csrf")).isPresent();
        assertThat(page.body()).contains("<h2 id=\"reply-heading\">Leave a comment");

        // The guest's comment goes in with the token and time the cached page carried.
        HttpResponse<String> sent = ForumFixture.guestReply(visitor, path, "Hanako", "Sent from a cached page.");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("posted=review"));
        // Now this browser carries a guest key: it sees its own waiting comment, which no other visitor sees.
        assertThat(visitor.get("/en" + path).body()).contains("Sent from a cached page.");
        assertThat(forum.visitor().get("/en" + path).body()).doesNotContain("Sent from a cached page.");
    }

    @Test
    void browsersThatAcceptGzipGetTheCopyCompressed() throws Exception {
        ForumFixture forum = new ForumFixture(context, port);
        String path = "/en" + startTopic(forum.member().client(), unique("Gzip "), "Compressed once.");
        forum.visitor().get(path);
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .header("Accept-Encoding", "gzip, deflate, br")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.headers().allValues("Vary")).anyMatch(v -> v.equalsIgnoreCase("Accept-Encoding"));
        String page;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(page.strip()).contains("Compressed once.").endsWith("</html>");
        assertThat(value(CSRF, page)).doesNotStartWith("mps-");
    }

    @Test
    void membersAndUnknownCookiesNeverGetTheVisitorsCopy() throws Exception {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member member = forum.member();
        String path = startTopic(member.client(), unique("Members "), "Text.");
        forum.visitor().get("/en" + path);
        forum.visitor().get("/en" + path);

        String page = member.client().get("/en" + path).body();
        assertThat(page)
                .contains("forum/t/" + ForumFixture.topicId(path) + "/follow")
                .doesNotContain("Leave a comment");
        int statements = SqlStatements.count(() -> mvc.perform(get("/en" + path).cookie(new Cookie("SESSION", "x")))
                .andExpect(status().isOk()));
        assertThat(statements).isGreaterThan(1);
    }

    /** Accounts declares its device cookie neutral: it tells sign-in who signed in here before, not the page. */
    @Test
    void aBrowserThatSignedInBeforeStillGetsTheVisitorsCopy() throws Exception {
        ForumFixture forum = new ForumFixture(context, port);
        String path = "/en" + startTopic(forum.member().client(), unique("Device "), "Text.");
        mvc.perform(get(path)).andExpect(status().isOk());
        int statements = SqlStatements.count(() ->
                mvc.perform(get(path).cookie(new Cookie("mps_device", "x.y.z"))).andExpect(status().isOk()));
        assertThat(statements).isLessThanOrEqualTo(1);
    }

    @Test
    void onlyTopicPagesAreRecognized() {
        assertThat(TopicVisitorPages.topicId("/ja/forum/t/12/slug")).isEqualTo(12);
        assertThat(TopicVisitorPages.topicId("/en/forum/t/3/a")).isEqualTo(3);
        assertThat(TopicVisitorPages.topicId("/ja/forum/t/12")).isEqualTo(-1);
        assertThat(TopicVisitorPages.topicId("/ja/forum/t/12/")).isEqualTo(-1);
        assertThat(TopicVisitorPages.topicId("/ja/forum/t/12/slug/more")).isEqualTo(-1);
        assertThat(TopicVisitorPages.topicId("/ja/forum/t//slug")).isEqualTo(-1);
        assertThat(TopicVisitorPages.topicId("/ja/forum/t/x1/slug")).isEqualTo(-1);
        assertThat(TopicVisitorPages.topicId("/de/forum/t/1/slug")).isEqualTo(-1);
        assertThat(TopicVisitorPages.topicId("/ja/forum/c/treatments")).isEqualTo(-1);
        assertThat(TopicVisitorPages.topicId("/ja/forum/t/1234567890123456789012/s"))
                .isEqualTo(-1);
    }

    private static String value(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    /** The page without its per-visitor values. */
    private static String strip(String page) {
        return STARTED.matcher(CSRF.matcher(page).replaceAll("")).replaceAll("");
    }
}
