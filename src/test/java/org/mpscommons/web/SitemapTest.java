package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sitemap as a crawler reads it: an index whose every file is a valid sitemap (sitemaps.org 0.9 schemas); the
 * pages that exist in every language listed in each, naming each other and x-default exactly as the pages themselves
 * do; cacheable answers that leave no session behind.
 */
@SiteTest
@Tag("db")
class SitemapTest {

    /** Pages of web and forum that exist in every language, by their path without the language. */
    static final List<String> PAGES_IN_EVERY_LANGUAGE = List.of(
            "/",
            "/what-is-mps",
            "/about",
            "/privacy",
            "/contact",
            "/forum/",
            "/forum/c/treatments",
            "/forum/c/site-feedback");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    String base;

    @BeforeEach
    void setUp() {
        base = "http://localhost:" + port;
        // So that every source has a file to validate, the forum's topics too.
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.startTopic(
                forum.member().client(), ForumFixture.unique("Sitemap <&> "), ForumFixture.unique("Text "));
    }

    @Test
    void theIndexNamesAFileOfEverySourceAndEveryFileIsAValidSitemap() {
        SiteClient crawler = new SiteClient(port);
        List<SitemapFiles.Part> parts = SitemapFiles.index(crawler);
        assertThat(parts)
                .extracting(SitemapFiles.Part::loc)
                .contains(base + "/sitemaps/pages-1.xml", base + "/sitemaps/forum-1.xml")
                .anyMatch(loc -> loc.matches("\\Q" + base + "\\E/sitemaps/forum-topics-\\d+\\.xml"));
        assertThat(parts)
                .filteredOn(part -> part.loc().contains("forum-topics"))
                .allSatisfy(part -> assertThat(part.lastmod()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));

        List<SitemapFiles.Url> urls = SitemapFiles.allUrls(crawler);
        assertThat(urls)
                .extracting(SitemapFiles.Url::loc)
                .doesNotHaveDuplicates()
                .allMatch(loc -> loc.startsWith(base + "/en/") || loc.startsWith(base + "/ja/"));
    }

    @Test
    void pagesInEveryLanguageAreListedInEachNamingAllOfThemAndXDefault() {
        Map<String, SitemapFiles.Url> byLoc = SitemapFiles.allUrls(new SiteClient(port)).stream()
                .collect(Collectors.toMap(SitemapFiles.Url::loc, Function.identity()));
        for (String path : PAGES_IN_EVERY_LANGUAGE) {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("en", base + "/en" + path);
            expected.put("ja", base + "/ja" + path);
            // Home's x-default is the root, which sends each visitor to their language.
            expected.put("x-default", base + ("/".equals(path) ? "/" : "/en" + path));
            for (String lang : List.of("en", "ja")) {
                SitemapFiles.Url url = byLoc.get(base + "/" + lang + path);
                assertThat(url).as(lang + path).isNotNull();
                assertThat(url.alternates()).as(lang + path).containsExactlyEntriesOf(expected);
            }
        }
        assertThat(byLoc.get(base + "/ja/privacy").lastmod())
                .isEqualTo(PagesController.PRIVACY_LAST_CHANGED.toString());
        assertThat(byLoc.get(base + "/en/about").lastmod()).isNull();
    }

    @Test
    void everyPageListedWithAlternatesIsPublicAndNamesTheSameCanonicalAndAlternates() {
        SiteClient crawler = new SiteClient(port);
        List<SitemapFiles.Url> urls = SitemapFiles.allUrls(crawler).stream()
                .filter(url -> !url.alternates().isEmpty())
                .toList();
        assertThat(urls).hasSizeGreaterThanOrEqualTo(2 * PAGES_IN_EVERY_LANGUAGE.size());
        for (SitemapFiles.Url url : urls) {
            HttpResponse<String> page = crawler.get(URI.create(url.loc()).getPath());
            assertThat(page.statusCode()).as(url.loc()).isEqualTo(200);
            assertThat(page.body()).as(url.loc()).contains("<link rel=\"canonical\" href=\"" + url.loc() + "\">");
            url.alternates()
                    .forEach((hreflang, href) -> assertThat(page.body())
                            .as(url.loc())
                            .contains("<link rel=\"alternate\" hreflang=\"" + hreflang + "\" href=\"" + href + "\">"));
        }
    }

    @Test
    void aVisitorFetchingTheSitemapGetsACacheableAnswerAndNoSession() {
        long sessions = jdbc.sql("SELECT COUNT(*) FROM spring_session")
                .query(Long.class)
                .single();
        for (String path : List.of("/sitemap.xml", "/sitemaps/pages-1.xml", "/sitemaps/forum-1.xml")) {
            SiteClient visitor = new SiteClient(port);
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(path)
                    .hasValueSatisfying(
                            cache -> assertThat(cache).contains("max-age=600").contains("public"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session")
                        .query(Long.class)
                        .single())
                .isEqualTo(sessions);
    }

    @Test
    void filesThatDoNotExistAreNotFound() {
        SiteClient crawler = new SiteClient(port);
        for (String path : List.of(
                "/sitemaps/pages-2.xml",
                "/sitemaps/pages-0.xml",
                "/sitemaps/pages.xml",
                "/sitemaps/nothing-1.xml",
                "/sitemaps/PAGES-1.xml",
                "/sitemaps/forum-topics-999999999.xml",
                "/sitemaps/pages-99999999999.xml")) {
            assertThat(crawler.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }
}
