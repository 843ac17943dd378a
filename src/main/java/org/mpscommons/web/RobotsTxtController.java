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
 * {@code /robots.txt} (RFC 9309): crawlers may read every public page, and are kept out of the paths each feature
 * declares in its {@link RobotsRules}.
 */
@RestController
class RobotsTxtController {

    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final PageFactory pages;
    /** Every feature's rules without a language, then those under each language, in the features' order. */
    private final List<String> disallowed;

    private final List<String> disallowedInEveryLanguage;

    RobotsTxtController(PageFactory pages, List<RobotsRules> rules) {
        this.pages = pages;
        List<RobotsRules> ordered = ContributionOrder.sorted(rules, RobotsRules::order, "features' robots.txt rules");
        this.disallowed = ordered.stream()
                .flatMap(each -> each.withoutLanguage().stream())
                .toList();
        this.disallowedInEveryLanguage = ordered.stream()
                .flatMap(each -> each.inEveryLanguage().stream())
                .toList();
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        for (String path : disallowed) {
            text.append("Disallow: ").append(path).append('\n');
        }
        for (Language language : Language.values()) {
            for (String path : disallowedInEveryLanguage) {
                text.append("Disallow: /").append(language.code()).append(path).append('\n');
            }
        }
        text.append("\nSitemap: ")
                .append(SitemapXml.uri(pages.baseUrl() + "/sitemap.xml"))
                .append('\n');
        return ResponseEntity.ok()
                .contentType(TEXT)
                // Changes only with a new release or base URL.
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(text.toString());
    }
}
