package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt} (RFC 9309): crawlers may read every public page, and are kept out of the areas that are one
 * person's (account, notifications, unsubscribing), the moderators' and admins', and the forms that write. Pages a
 * visitor may open but that must not be indexed (sign-in, registration, profiles, filtered lists) stay crawlable: they
 * say {@code noindex} themselves, which a crawler can only read if it may fetch them.
 */
@RestController
class RobotsTxtController {

    /** Paths without a language; a rule is a prefix of the paths it covers. */
    static final List<String> DISALLOWED = List.of("/admin", "/actuator", "/language/");

    /**
     * Under each language, {@code /{lang}…}: the routes of accounts and forum that need a member or a moderator or
     * that act for one person. A feature that adds such an area adds it here. {@code *} matches any run of characters.
     */
    static final List<String> DISALLOWED_IN_EVERY_LANGUAGE = List.of(
            "/account",
            "/notifications",
            "/unsubscribe",
            "/forum/new",
            "/forum/preview",
            "/forum/review",
            "/forum/moderate",
            "/forum/p/*/edit",
            "/forum/p/*/history",
            "/articles/new",
            "/articles/*/edit",
            "/articles/*/diff",
            "/editors/",
            "/doctor-kit/saved",
            "/doctor-kit/responses/mine");

    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final PageFactory pages;

    RobotsTxtController(PageFactory pages) {
        this.pages = pages;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        for (String path : DISALLOWED) {
            text.append("Disallow: ").append(path).append('\n');
        }
        for (Language language : Language.values()) {
            for (String path : DISALLOWED_IN_EVERY_LANGUAGE) {
                text.append("Disallow: /").append(language.code()).append(path).append('\n');
            }
        }
        text.append("\nSitemap: ").append(SitemapXml.uri(pages.baseUrl() + "/sitemap.xml")).append('\n');
        return ResponseEntity.ok()
                .contentType(TEXT)
                // Changes only with a new release or base URL.
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(text.toString());
    }
}
