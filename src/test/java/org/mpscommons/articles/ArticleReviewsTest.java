package org.mpscommons.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.unique;

import java.net.http.HttpResponse;
import java.util.List;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The two kinds of review (issue 16): an editor's check of references and wording is shown as the editors' check and
 * never as a medical review, in the page or its JSON-LD; only a verified professional's review is, with their
 * profession. Each test reviews an article of its own, so no other test's review shows on its page.
 */
@SiteTest
@Tag("db")
class ArticleReviewsTest {

    private static final String NOT_REVIEWED = "Not yet reviewed by a medical professional.";
    private static final String POLICY = "/en/articles/k/editorial-policy";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorialReviewIsTheEditorsCheckAndNeverAMedicalOne() {
        SiteClient editor = editor();
        String slug = publishedArticle(editor, "en");
        String before = visitorPage("/en/articles/" + slug);
        assertThat(before)
                .contains("class=\"review-notice\"")
                .contains(NOT_REVIEWED)
                .contains("This article was written from the published sources it cites.")
                .contains(POLICY)
                .doesNotContain("Checked by the editors");
        // Before the body, after the summary: readers meet it before the text.
        assertThat(before.indexOf(NOT_REVIEWED))
                .isGreaterThan(before.indexOf("class=\"lead\""))
                .isLessThan(before.indexOf("class=\"article-body\""));

        String page = editor.get("/en/articles/" + slug).body();
        assertThat(page).contains("Record an editorial review").doesNotContain("Record a medical review");
        HttpResponse<String> reviewed = review(editor, slug, "editorial");
        assertThat(location(reviewed)).endsWith("/en/articles/" + slug + "?done=review-editorial");
        assertThat(editor.get(location(reviewed)).body())
                .contains("Your editorial review is recorded")
                .contains("It is not shown as a medical review.");

        String after = visitorPage("/en/articles/" + slug);
        assertThat(after)
                .contains(NOT_REVIEWED)
                .contains("This article was written from published sources and checked by our editors.")
                .contains("Checked by the editors on")
                .doesNotContain("Medically reviewed");
        JsonNode json = jsonLd(after);
        assertThat(json.has("lastReviewed")).isFalse();
        assertThat(json.has("reviewedBy")).isFalse();
        assertThat(recentlyReviewed()).doesNotContain("/en/articles/" + slug + "\"");
        assertThat(audited("articles.review.editorial", "en/" + slug)).isOne();

        // An editor without a verified profession has no medical review to record; an unknown kind does not exist.
        assertThat(review(editor, slug, "medical").statusCode()).isEqualTo(404);
        assertThat(review(editor, slug, "clinical").statusCode()).isEqualTo(404);
        assertThat(audited("articles.review.medical", "en/" + slug)).isZero();
    }

    @Test
    void aVerifiedProfessionalsMedicalReviewNamesThemWithTheirProfession() {
        SiteClient editor = editor();
        String slug = publishedArticle(editor, "en");
        String path = "/en/articles/" + slug;
        // A visitor's copy is cached now: the review must still show at once.
        assertThat(visitorPage(path)).contains(NOT_REVIEWED);

        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.verifyProfessional(context, email, "Pain physician");
        SiteClient professional = AccountsFixture.signedInFully(port, email);
        String offered = professional.get(path).body();
        assertThat(offered).contains("Record a medical review").doesNotContain("Record an editorial review");
        assertThat(review(professional, slug, "editorial").statusCode()).isEqualTo(404);

        HttpResponse<String> reviewed = review(professional, slug, "medical");
        assertThat(location(reviewed)).endsWith(path + "?done=review-medical");
        assertThat(professional.get(location(reviewed)).body()).contains("Your medical review is recorded");
        assertThat(audited("articles.review.medical", "en/" + slug)).isOne();

        String page = visitorPage(path);
        String name = displayName(email);
        assertThat(page)
                .doesNotContain(NOT_REVIEWED)
                .contains("review-notice review-medical")
                .contains("Medically reviewed on")
                .contains("by " + name + ", Pain physician (profession verified by the site).")
                .contains("Next medical review due");
        JsonNode json = jsonLd(page);
        assertThat(json.get("lastReviewed").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.get("reviewedBy").get("@type").asString()).isEqualTo("Person");
        assertThat(json.get("reviewedBy").get("name").asString()).isEqualTo(name);
        assertThat(json.get("reviewedBy").get("jobTitle").asString()).isEqualTo("Pain physician");
        assertThat(recentlyReviewed())
                .contains("Recently reviewed by a medical professional")
                .contains("/en/articles/" + slug + "\"")
                .contains(name + ", Pain physician");

        // An editor's later check does not take the medical review's place.
        review(editor, slug, "editorial");
        assertThat(jsonLd(visitorPage(path)).get("reviewedBy").get("name").asString())
                .isEqualTo(name);

        // Edited after the review: the page says which version was reviewed and links to the changes.
        HttpResponse<String> edited = editor.post(
                path + "/edit",
                merge(
                        ArticlesTest.fields(editor.get(path + "/edit").body()),
                        Map.of("body", "A changed text.", "note", "Changed")));
        assertThat(location(edited)).endsWith("?done=saved");
        assertThat(visitorPage(path))
                .contains("The text was edited after this review (version 1 was reviewed).")
                .contains(path + "/diff?from=1&amp;to=2");
    }

    @Test
    void aReviewNeedsTheVersionTheReviewerReadAndAProfessionOnRecord() {
        SiteClient editor = editor();
        String slug = publishedArticle(editor, "en");
        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.verifyProfessional(context, email, "Physiotherapist");
        SiteClient professional = AccountsFixture.signedInFully(port, email);

        // Read at revision 1; an editor saves revision 2 meanwhile: nothing is recorded.
        String path = "/en/articles/" + slug;
        editor.post(
                path + "/edit",
                merge(
                        ArticlesTest.fields(editor.get(path + "/edit").body()),
                        Map.of("body", "Rewritten while the professional read it.", "note", "Rewritten")));
        HttpResponse<String> late =
                professional.submit(path, path + "/reviewed", Map.of("kind", "medical", "revision", "1"));
        assertThat(location(late)).endsWith("?done=review-outdated");
        assertThat(professional.get(location(late)).body()).contains("Nothing was recorded");
        assertThat(visitorPage("/en/articles/" + slug)).contains(NOT_REVIEWED);

        // A professional who is not an editor reviews published articles only.
        String draft = article(editor, "en");
        assertThat(review(editor, draft, "editorial").statusCode()).isEqualTo(302);
        assertThat(professional
                        .post(
                                "/en/articles/" + draft + "/reviewed",
                                Map.of("kind", "medical", "revision", "1", "_csrf", csrf(professional, slug)))
                        .statusCode())
                .isEqualTo(404);

        // The role without a profession on record (an admin took the badge away meanwhile): no medical review.
        String bare = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, bare, Role.PROFESSIONAL);
        assertThat(review(AccountsFixture.signedInFully(port, bare), slug, "medical")
                        .statusCode())
                .isEqualTo(404);
        assertThat(audited("articles.review.medical", "en/" + slug)).isZero();
    }

    @Test
    void aDeletedReviewersMedicalReviewStaysByTheirProfessionWithoutTheirName() {
        SiteClient editor = editor();
        String slug = publishedArticle(editor, "en");
        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.verifyProfessional(context, email, "Orthopaedic surgeon");
        long id = AccountsFixture.memberId(context, email);
        AccountsFixture.FullySignedIn signedIn = AccountsFixture.fullySignedIn(port, email);
        SiteClient professional = signedIn.client();
        review(professional, slug, "medical");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>)
                context.getBean(ArticleReviewAccountData.class).export(id);
        assertThat(exported)
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("article", "/en/articles/" + slug)
                        .containsEntry("kind", "medical")
                        .containsEntry("profession", "Orthopaedic surgeon"));

        String name = displayName(email);
        HttpResponse<String> deleted = professional.submit(
                "/en/account/delete",
                "/en/account/delete",
                Map.of("password", AccountsFixture.PASSWORD, "code", signedIn.nextCode(), "posts", "keep"));
        assertThat(location(deleted)).endsWith("/account-deleted");
        String page = visitorPage("/en/articles/" + slug);
        assertThat(page)
                .doesNotContain(name)
                .doesNotContain(NOT_REVIEWED)
                .contains("by a former member of the site, Orthopaedic surgeon (profession verified by the site).");
        JsonNode reviewer = jsonLd(page).get("reviewedBy");
        assertThat(reviewer.has("name")).isFalse();
        assertThat(reviewer.get("jobTitle").asString()).isEqualTo("Orthopaedic surgeon");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE medical_reviewer_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theJapaneseNoticeSaysPlainlyThatThereIsNoMedicalReviewYet() {
        SiteClient editor = editor();
        String slug = publishedArticle(editor, "ja");
        String page = visitorPage("/ja/articles/" + slug);
        assertThat(page)
                .contains("この記事は、医師など医療専門職による確認（医師監修）をまだ受けていません。")
                .contains("/ja/articles/k/editorial-policy")
                .contains("記事の書き方と確認の仕組み");

        String email = AccountsFixture.confirmedMember(port, "ja");
        AccountsFixture.verifyProfessional(context, email, "整形外科医");
        review(AccountsFixture.signedInFully(port, email), slug, "medical", "ja");
        assertThat(visitorPage("/ja/articles/" + slug))
                .doesNotContain("医師監修）をまだ受けていません")
                .contains("医療専門職による確認：")
                .contains("さん（整形外科医、資格はサイトが確認済み）が内容を確認しました。");
    }

    @Test
    void theEditorsDeskListsEditorialReviewsDueWithWhereTheMedicalReviewStands() {
        SiteClient editor = editor();
        String slug = publishedArticle(editor, "en");
        String desk = editor.get("/en/editors/").body();
        assertThat(desk).contains("Medical review</th>");
        Matcher line = Pattern.compile(
                        "<li><a href=\"/en/articles/" + slug + "\">[^<]*</a> <span class=\"meta\">([^<]*)</span>")
                .matcher(desk);
        assertThat(line.find()).isTrue();
        assertThat(line.group(1)).contains("Not yet checked by the editors").contains("No medical review");
        review(editor, slug, "editorial");
        assertThat(editor.get("/en/editors/").body()).doesNotContain("<li><a href=\"/en/articles/" + slug + "\">");
    }

    /** The index's list of articles recently reviewed by a medical professional. */
    private String recentlyReviewed() {
        String index = visitorPage("/en/articles/");
        int start = index.indexOf("<section aria-labelledby=\"reviewed\">");
        assertThat(start).isNotNegative();
        return index.substring(start, index.indexOf("</section>", start));
    }

    /** The page as a visitor without cookies gets it: through the visitor page cache. */
    private String visitorPage(String path) {
        HttpResponse<String> response = new SiteClient(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> review(SiteClient reviewer, String slug, String kind) {
        return review(reviewer, slug, kind, "en");
    }

    /** Presses a review button as the page offers it, for the revision the page showed. */
    private HttpResponse<String> review(SiteClient reviewer, String slug, String kind, String lang) {
        String path = "/" + lang + "/articles/" + slug;
        String revision = jdbc.sql("SELECT revision FROM article WHERE language = :lang AND slug = :slug")
                .param("lang", lang)
                .param("slug", slug)
                .query(Integer.class)
                .single()
                .toString();
        return reviewer.submit(path, path + "/reviewed", Map.of("kind", kind, "revision", revision));
    }

    private static String csrf(SiteClient client, String slug) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(client.get("/en/articles/" + slug).body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private String publishedArticle(SiteClient editor, String lang) {
        String slug = article(editor, lang);
        editor.submit(
                "/" + lang + "/articles/" + slug,
                "/" + lang + "/articles/" + slug + "/status",
                Map.of("publish", "yes"));
        return slug;
    }

    /** A new draft of its own, citing one reference. */
    private String article(SiteClient editor, String lang) {
        String slug = unique("reviewed-").toLowerCase().replaceAll("[^a-z0-9-]", "");
        HttpResponse<String> created = editor.submit(
                "/" + lang + "/articles/new",
                "/" + lang + "/articles/new",
                Map.of(
                        "language",
                        lang,
                        "translationKey",
                        slug,
                        "slug",
                        slug,
                        "title",
                        "Review test " + slug,
                        "summary",
                        "An article to review.",
                        "theme",
                        "about",
                        "body",
                        "A statement from a source [@statpearls_mps].",
                        "note",
                        ""));
        assertThat(location(created)).endsWith("/articles/" + slug + "?done=saved");
        return slug;
    }

    private long audited(String action, String detail) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :action AND detail LIKE :detail")
                .param("action", action)
                .param("detail", detail + " r%")
                .query(Long.class)
                .single();
    }

    private String displayName(String email) {
        return jdbc.sql("SELECT display_name FROM member WHERE email = :email")
                .param("email", email)
                .query(String.class)
                .single();
    }

    private SiteClient editor() {
        return AccountsFixture.signedInStaff(context, port, AccountsFixture.confirmedMember(port, "en"), Role.EDITOR);
    }

    static JsonNode jsonLd(String page) {
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(script.find()).as("JSON-LD on the page").isTrue();
        return JsonMapper.builder().build().readTree(script.group(1));
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
