package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * robots.txt names the sitemap by its absolute URL, keeps crawlers out of private areas, and never out of a page the
 * sitemap lists.
 */
@SiteTest
class RobotsTxtTest {

    @LocalServerPort
    int port;

    @Test
    void namesTheSitemapAndKeepsCrawlersOutOfPrivateAreas() {
        HttpResponse<String> response = new SiteClient(port).get("/robots.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/plain;charset=utf-8"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        List<String> lines = response.body().lines().toList();
        assertThat(lines)
                .contains(
                        "User-agent: *",
                        "Disallow: /admin",
                        "Disallow: /en/account",
                        "Disallow: /ja/account",
                        "Disallow: /en/notifications",
                        "Disallow: /ja/forum/review",
                        "Disallow: /en/unsubscribe",
                        "Sitemap: http://localhost:" + port + "/sitemap.xml");
        String sitemap = lines.stream()
                .filter(line -> line.startsWith("Sitemap: "))
                .findFirst()
                .orElseThrow();
        assertThat(URI.create(sitemap.substring("Sitemap: ".length())).isAbsolute())
                .isTrue();

        List<String> rules = disallowed(response.body());
        for (String path : List.of(
                "/admin/users/3",
                "/ja/account/settings",
                "/en/notifications/settings",
                "/ja/forum/review/flags/4/hide",
                "/en/forum/p/12/edit",
                "/en/forum/p/12/history",
                "/ja/unsubscribe",
                "/en/forum/new",
                "/language/ja")) {
            assertThat(isDisallowed(rules, path)).as(path).isTrue();
        }
        for (String path : List.of(
                "/en/",
                "/ja/about",
                "/en/forum/t/3/slug",
                "/en/forum/p/12",
                "/feeds/en/forum.atom",
                "/en/login",
                "/sitemap.xml")) {
            assertThat(isDisallowed(rules, path)).as(path).isFalse();
        }
    }

    @Test
    void noPageTheSitemapListsIsDisallowed() {
        SiteClient crawler = new SiteClient(port);
        List<String> rules = disallowed(crawler.get("/robots.txt").body());
        for (SitemapFiles.Url url : SitemapFiles.allUrls(crawler)) {
            assertThat(isDisallowed(rules, URI.create(url.loc()).getRawPath()))
                    .as(url.loc())
                    .isFalse();
        }
    }

    private static List<String> disallowed(String robots) {
        return robots.lines()
                .filter(line -> line.startsWith("Disallow: "))
                .map(line -> line.substring("Disallow: ".length()).strip())
                .toList();
    }

    /** RFC 9309 matching: a rule is a prefix of the path, in which * stands for any characters. */
    private static boolean isDisallowed(List<String> rules, String path) {
        return rules.stream()
                .anyMatch(rule -> Pattern.compile(Pattern.quote(rule).replace("*", "\\E.*\\Q"))
                        .matcher(path)
                        .lookingAt());
    }
}
