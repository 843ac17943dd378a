package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every response carries, checked over real HTTP against the embedded server. */
@SiteTest
class HttpBaselineTest {

    @LocalServerPort
    int port;

    SiteClient site;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/en/",
                "/ja/about",
                "/ja/no-such-page",
                "/no-such-path",
                "/language/en?to=/en/",
                "/actuator/health",
                "/actuator/env"
            })
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = site.get(path, "Accept", "text/html");
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .contains(
                        "script-src 'self'",
                        "object-src 'none'",
                        "base-uri 'none'",
                        "frame-ancestors 'none'",
                        "default-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        // Plain HTTP: no HSTS (a browser would ignore it, and a misconfigured proxy must not get it pinned).
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behindATlsProxyPagesGetHstsAndLinksToTheConfiguredAddressOnly() {
        HttpResponse<String> response = site.get(
                "/en/about",
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-Host",
                "mps.example.org",
                "X-Forwarded-For",
                "198.51.100.7");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        // Links never follow the forwarded host: a site behind a proxy sets MPS_BASE_URL (ForgedHostTest).
        assertThat(response.body())
                .doesNotContain("mps.example.org")
                .contains("<link rel=\"canonical\" href=\"" + site.base() + "/en/about\">");
    }

    @Test
    void staticFilesHaveContentHashedNamesAndAreCachedForAYear() {
        String html = site.get("/en/").body();
        Matcher css = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(html);
        assertThat(css.find()).as("stylesheet with a content hash in its name").isTrue();
        HttpResponse<String> response = site.get(css.group(1));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        cache -> assertThat(cache).contains("max-age=31536000").contains("public"));
        assertThat(response.body()).contains("--font-ja");
    }

    @Test
    void anonymousPagesAreRevalidatedWithAnETag() {
        HttpResponse<String> first = site.get("/ja/about");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = site.get("/ja/about", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> otherLanguage = site.get("/en/about", "If-None-Match", etag);
        assertThat(otherLanguage.statusCode()).isEqualTo(200);
    }

    /** A page outside the visitor cache (the doctor kit's first step), compressed by the server as it goes out. */
    @Test
    void pagesOutsideTheVisitorCacheAreCompressedToo() {
        HttpResponse<String> kit = site.get("/en/doctor-kit", "Accept-Encoding", "gzip");
        assertThat(kit.statusCode()).isEqualTo(200);
        assertThat(kit.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(kit.headers().firstValue("ETag"))
                .hasValueSatisfying(etag -> assertThat(etag).startsWith("W/"));
    }

    @Test
    void pagesAreUtf8Html() {
        HttpResponse<String> response = site.get("/ja/");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
    }

    @Test
    void pagesLoadNothingFromAnotherHost() {
        for (String path : List.of("/en/", "/ja/", "/en/what-is-mps", "/en/about", "/ja/privacy", "/en/contact")) {
            String html = site.get(path).body();
            // src= and stylesheet/icon href= must be site-relative; only plain links may leave the site.
            assertThat(html).doesNotContainPattern("src=\"(https?:)?//");
            assertThat(html)
                    .doesNotContainPattern("<link rel=\"(stylesheet|icon|preload|modulepreload)\" href=\"(https?:)?//");
        }
    }
}
