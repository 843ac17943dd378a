package org.mpscommons.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * One page in the sitemap.
 *
 * @param path the page's path on this site as a link names it, such as {@code /ja/forum/t/12/slug}; characters a URI
 *     may not hold as they are (Japanese in a slug, spaces) are percent-encoded as UTF-8 when written
 * @param lastModified when what the page shows last changed, an {@link Instant} or a {@link LocalDate}; null if unknown
 * @param alternates the same page in each language for hreflang, code ({@code ja}, {@code en}, {@code x-default}) to
 *     path, in the order written; it names this page too, since search engines ignore a set that is not the same on
 *     every member. Empty for content in one language, which has one canonical URL.
 */
@NamedInterface("api")
public record SitemapEntry(String path, Temporal lastModified, Map<String, String> alternates) {

    /** A language code with optional subtags (BCP 47 as sitemaps use it), or x-default. */
    private static final Pattern HREFLANG = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

    public SitemapEntry {
        requirePath(path);
        SitemapXml.requireLastModified(lastModified);
        alternates = alternates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(alternates));
        alternates.forEach((code, alternate) -> {
            if (code == null || !HREFLANG.matcher(code).matches()) {
                throw new IllegalArgumentException("Not an hreflang code: " + code);
            }
            requirePath(alternate);
        });
    }

    public static SitemapEntry of(String path) {
        return new SitemapEntry(path, null, Map.of());
    }

    public static SitemapEntry of(String path, Instant lastModified) {
        return new SitemapEntry(path, lastModified, Map.of());
    }

    public static SitemapEntry of(String path, LocalDate lastModified) {
        return new SitemapEntry(path, lastModified, Map.of());
    }

    /**
     * A page that exists in every language at {@code /{lang}{localPath}}: one entry per language, each naming all of
     * them and x-default, exactly as the pages' own hreflang links do.
     *
     * @param localPath the path without its language, such as {@code /about} ({@code /} for home)
     * @param lastModified an {@link Instant}, a {@link LocalDate} or null
     */
    public static List<SitemapEntry> inEveryLanguage(String localPath, Temporal lastModified) {
        Map<String, String> alternates = Hreflang.paths(localPath);
        List<SitemapEntry> entries = new ArrayList<>();
        for (Language language : Language.values()) {
            entries.add(new SitemapEntry(alternates.get(language.code()), lastModified, alternates));
        }
        return entries;
    }

    public static List<SitemapEntry> inEveryLanguage(String localPath) {
        return inEveryLanguage(localPath, null);
    }

    private static void requirePath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A sitemap path starts with one slash: " + path);
        }
    }
}
