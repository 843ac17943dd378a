package org.mpscommons.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.unique;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The knowledge base end to end over HTTP: shipped content, editing with revisions, votes, reports, JSON-LD. */
@SiteTest
@Tag("db")
class ArticlesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleSeeder seeder;

    @Test
    void shippedArticlesAreReadInBothLanguagesWithTheirReferences() {
        SiteClient visitor = new SiteClient(port);
        String index = visitor.get("/en/articles/").body();
        assertThat(index)
                .contains("What is MPS")
                .contains("MPS and other diagnoses")
                .contains("/en/articles/sciatica");
        assertThat(visitor.get("/ja/articles/").body()).contains("/ja/articles/what-is-mps");

        HttpResponse<String> article = visitor.get("/ja/articles/what-is-mps");
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body())
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost:" + port
                        + "/en/articles/what-is-mps\">")
                .contains("<link rel=\"alternate\" hreflang=\"x-default\"")
                .contains("参考文献")
                .contains("href=\"#ref-1\"")
                .contains("id=\"ref-1\"")
                .contains("https://doi.org/10.1093/pm/pnx207")
                .contains("英語版を読む");
        assertThat(visitor.get("/en/articles/k/what-is-mps").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/en/articles/what-is-mps"));
    }

    @Test
    void publishedArticlesAreInTheSitemapWithTheirTranslations() {
        SiteClient crawler = new SiteClient(port);
        assertThat(crawler.get("/sitemap.xml").body()).contains("/sitemaps/articles-1.xml");
        String articles = crawler.get("/sitemaps/articles-1.xml").body();
        String base = "http://localhost:" + port;
        assertThat(articles)
                .contains("<loc>" + base + "/ja/articles/what-is-mps</loc>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + base + "/en/articles/what-is-mps\"")
                .contains("<loc>" + base + "/en/articles/</loc>");
        assertThat(crawler.get("/robots.txt").body()).contains("Disallow: /en/articles/*/edit");
    }

    @Test
    void aLaterStartNeverOverwritesWhatAnEditorChanged() {
        SiteClient editor = editor();
        String edited = unique("Edited title ");
        HttpResponse<String> saved =
                edit(editor, "/en/articles/about-this-site", Map.of("title", edited, "note", "Test edit"));
        assertThat(location(saved)).endsWith("/en/articles/about-this-site?done=saved");
        assertThat(seeder.seed()).isZero();
        assertThat(new SiteClient(port).get("/en/articles/about-this-site").body())
                .contains(edited);
    }

    @Test
    void anEditorWritesPreviewsPublishesEditsComparesAndRollsBack() {
        SiteClient editor = editor();
        String slug = unique("neck-pain-").toLowerCase().replaceAll("[^a-z0-9-]", "");
        Map<String, String> fields = Map.of(
                "language",
                "en",
                "translationKey",
                slug,
                "slug",
                slug,
                "title",
                "Neck pain and trigger points",
                "summary",
                "A short test article.",
                "theme",
                "treatments",
                "tags",
                "neck, test",
                "body",
                "First line of the text [@statpearls_mps].\n\nSecond paragraph.",
                "note",
                "");
        HttpResponse<String> preview =
                editor.submit("/en/articles/new", "/en/articles/new", merge(fields, Map.of("preview", "1")));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("First line of the text").contains("Cites: statpearls_mps");
        assertThat(count("SELECT COUNT(*) FROM article WHERE slug = '" + slug + "'"))
                .isZero();

        HttpResponse<String> created = editor.submit("/en/articles/new", "/en/articles/new", fields);
        assertThat(location(created)).endsWith("/en/articles/" + slug + "?done=saved");
        // A draft: readers do not see it until an editor publishes it.
        assertThat(new SiteClient(port).get("/en/articles/" + slug).statusCode())
                .isEqualTo(404);
        editor.submit("/en/articles/" + slug, "/en/articles/" + slug + "/status", Map.of("publish", "yes"));
        assertThat(new SiteClient(port).get("/en/articles/" + slug).body()).contains("First line of the text");

        edit(
                editor,
                "/en/articles/" + slug,
                Map.of("body", "First line, corrected [@statpearls_mps].\n\nSecond paragraph.", "note", "Corrected"));
        String history =
                new SiteClient(port).get("/en/articles/" + slug + "/history").body();
        assertThat(history).contains("Corrected").contains("First version");
        String diff = new SiteClient(port)
                .get("/en/articles/" + slug + "/diff?from=1&to=2")
                .body();
        assertThat(diff)
                .contains("<del class=\"diff-line\">- First line of the text [@statpearls_mps].</del>")
                .contains("<ins class=\"diff-line\">+ First line, corrected [@statpearls_mps].</ins>");

        HttpResponse<String> rolledBack = editor.submit(
                "/en/articles/" + slug + "/history", "/en/articles/" + slug + "/rollback", Map.of("revision", "1"));
        assertThat(location(rolledBack)).endsWith("?done=saved");
        assertThat(new SiteClient(port).get("/en/articles/" + slug).body())
                .contains("First line of the text")
                .doesNotContain("corrected");
        assertThat(new SiteClient(port).get("/en/articles/" + slug + "/history").body())
                .contains("Restored version 1");
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() {
        SiteClient editor = editor();
        HttpResponse<String> refused = editor.submit(
                "/en/articles/new",
                "/en/articles/new",
                Map.of(
                        "language",
                        "en",
                        "translationKey",
                        "x-test",
                        "slug",
                        "Not A Slug",
                        "title",
                        "",
                        "summary",
                        "S",
                        "theme",
                        "treatments",
                        "body",
                        "Cites something unknown [@no_such_reference]."));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Enter a title.")
                .contains("Use lowercase letters")
                .contains("Unknown references: no_such_reference");
        assertThat(count("SELECT COUNT(*) FROM article WHERE translation_key = 'x-test'"))
                .isZero();

        // Two editors at once: the second save, based on an older revision, is refused.
        SiteClient other = editor();
        String form = other.get("/en/articles/why-mps-is-missed/edit").body();
        edit(editor, "/en/articles/why-mps-is-missed", Map.of("note", "first"));
        HttpResponse<String> late = other.post(
                "/en/articles/why-mps-is-missed/edit",
                merge(fields(form), Map.of("title", "Late title", "body", "Late text.")));
        assertThat(late.body()).contains("Someone saved a newer version");
    }

    @Test
    void readersVoteAndReportAndEditorsAnswerInTheQueue() {
        SiteClient visitor = new SiteClient(port);
        visitor.submit("/en/articles/sciatica", "/en/articles/sciatica/vote", Map.of("helpful", "yes"));
        String secret = unique("The neighbour phone number and a wrong dose ");
        HttpResponse<String> sent = visitor.submit(
                "/en/articles/sciatica", "/en/articles/sciatica/report", Map.of("body", secret, "website", ""));
        assertThat(location(sent)).endsWith("?done=reported#feedback");
        HttpResponse<String> empty = visitor.submit(
                "/en/articles/sciatica", "/en/articles/sciatica/report", Map.of("body", " ", "website", ""));
        assertThat(empty.body()).contains("Write what is wrong or out of date.");

        SiteClient editor = editor();
        String desk = editor.get("/en/editors/").body();
        assertThat(desk).contains(secret);
        long reportId = jdbc.sql("SELECT id FROM article_report WHERE body = :body")
                .param("body", secret)
                .query(Long.class)
                .single();
        String reply = unique("Dose corrected in the third section ");
        editor.submit("/en/editors/", "/en/editors/reports/" + reportId, Map.of("status", "ACCEPTED", "reply", reply));
        String article = new SiteClient(port).get("/en/articles/sciatica").body();
        assertThat(article).contains(reply).contains("Corrected").doesNotContain(secret.substring(0, 20));
        assertThat(editor.get("/en/editors/").body()).doesNotContain(secret + "</p></blockquote>");
        assertThat(count("SELECT COUNT(*) FROM article_vote v JOIN article a ON a.id = v.article_id"
                        + " WHERE a.slug = 'sciatica' AND a.language = 'en' AND v.helpful"))
                .isPositive();
    }

    @Test
    void editorsAddReferencesInTheBrowserAndArticlesCiteThem() {
        SiteClient editor = editor();
        String key = unique("kamo_test_").toLowerCase().replaceAll("[^a-z0-9_]", "_");
        HttpResponse<String> refused = editor.submit(
                "/en/editors/references/new",
                "/en/editors/references/new",
                Map.of("key", key, "title", "A test paper", "doi", "not-a-doi", "year", "20x1", "status", "verified"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("A DOI starts with 10.").contains("Enter a year such as 2018");
        assertThat(count("SELECT COUNT(*) FROM article_reference WHERE ref_key = '" + key + "'"))
                .isZero();

        HttpResponse<String> saved = editor.submit(
                "/en/editors/references/new",
                "/en/editors/references/new",
                Map.of(
                        "key",
                        key,
                        "authors",
                        "Test A",
                        "title",
                        "A test paper",
                        "container",
                        "Pain Med",
                        "year",
                        "2021",
                        "doi",
                        "10.1093/pm/test123",
                        "status",
                        "unverified"));
        assertThat(location(saved)).endsWith("/en/editors/references?done=saved");
        assertThat(editor.get("/en/editors/references").body()).contains(key).contains("10.1093/pm/test123");
        String body = fields(editor.get("/en/articles/meniscus/edit").body()).get("body");
        HttpResponse<String> article = edit(
                editor,
                "/en/articles/meniscus",
                Map.of("body", body + "\n\nA new claim [@" + key + "].", "note", "Cites a new reference"));
        assertThat(location(article)).endsWith("?done=saved");
        assertThat(new SiteClient(port).get("/en/articles/meniscus").body())
                .contains("A test paper")
                .contains("https://doi.org/10.1093/pm/test123");
        assertThat(AccountsFixture.signedIn(port, AccountsFixture.confirmedMember(port, "en"))
                        .get("/en/editors/references")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyEditorsReachTheEditorsPages() {
        SiteClient member = AccountsFixture.signedIn(port, AccountsFixture.confirmedMember(port, "en"));
        for (String path : new String[] {"/en/articles/new", "/en/articles/sciatica/edit", "/en/editors/"}) {
            assertThat(member.get(path).statusCode()).as(path).isEqualTo(404);
            assertThat(new SiteClient(port).get(path).statusCode()).as(path).isIn(302, 404);
        }
        // Neither kind of review exists for a member without the role, nor a review without a kind.
        for (String kind : new String[] {"editorial", "medical", ""}) {
            assertThat(member.submit(
                                    "/en/articles/sciatica",
                                    "/en/articles/sciatica/reviewed",
                                    Map.of("kind", kind, "revision", "1"))
                            .statusCode())
                    .as(kind)
                    .isEqualTo(404);
        }
    }

    @Test
    void anArticlesJsonLdSaysWhatItIsAboutAndWhatItCites() {
        JsonNode json = ArticleReviewsTest.jsonLd(
                new SiteClient(port).get("/en/articles/what-is-mps").body());
        assertThat(json.get("@type").asString()).isEqualTo("MedicalWebPage");
        assertThat(json.get("about").get("@type").asString()).isEqualTo("MedicalCondition");
        assertThat(json.get("inLanguage").asString()).isEqualTo("en");
        assertThat(json.get("citation").size()).isGreaterThan(3);
    }

    @Test
    void anAddressInTheOtherLanguageLeadsToTheTranslationOrSaysThereIsNone() {
        SiteClient editor = editor();
        String slug = unique("english-only-").toLowerCase().replaceAll("[^a-z0-9-]", "");
        editor.submit(
                "/en/articles/new",
                "/en/articles/new",
                Map.of(
                        "language",
                        "en",
                        "translationKey",
                        slug,
                        "slug",
                        slug,
                        "title",
                        "English only",
                        "summary",
                        "Only in English.",
                        "theme",
                        "about",
                        "body",
                        "Text."));
        editor.submit("/en/articles/" + slug, "/en/articles/" + slug + "/status", Map.of("publish", "yes"));
        HttpResponse<String> missing = new SiteClient(port).get("/ja/articles/" + slug);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("日本語版はまだありません").contains("/en/articles/" + slug);
        assertThat(new SiteClient(port).get("/en/articles/" + slug).body()).contains("not yet available in Japanese");
    }

    private SiteClient editor() {
        return AccountsFixture.signedInStaff(context, port, AccountsFixture.confirmedMember(port, "en"), Role.EDITOR);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    /** Opens the article's edit form and sends it as a browser would, with the given fields changed. */
    private static HttpResponse<String> edit(SiteClient editor, String articlePath, Map<String, String> changes) {
        return editor.post(
                articlePath + "/edit",
                merge(fields(editor.get(articlePath + "/edit").body()), changes));
    }

    /** The values a browser would send from a page's form: inputs, text areas and chosen options. */
    static Map<String, String> fields(String page) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")
                .matcher(page);
        while (hidden.find()) {
            fields.putIfAbsent(hidden.group(1), unescape(hidden.group(2)));
        }
        Matcher input = Pattern.compile("name=\"([^\"]+)\" type=\"text\" value=\"([^\"]*)\"")
                .matcher(page);
        while (input.find()) {
            fields.putIfAbsent(input.group(1), unescape(input.group(2)));
        }
        Matcher area = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
                .matcher(page);
        while (area.find()) {
            fields.putIfAbsent(area.group(1), unescape(area.group(2)));
        }
        Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]+)\">(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        while (select.find()) {
            Matcher chosen =
                    Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
            if (chosen.find()) {
                fields.putIfAbsent(select.group(1), chosen.group(1));
            }
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}
