package org.mpscommons.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a page that exists in every language lives in each, for hreflang: one rule for the pages' own links and for
 * the sitemap, so that the two never disagree (search engines drop a set whose members contradict each other).
 */
final class Hreflang {

    static final String X_DEFAULT = "x-default";

    private Hreflang() {}

    /** Language code (and x-default) to site path, in the order the links are written. */
    static Map<String, String> paths(String localPath) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            paths.put(language.code(), "/" + language.code() + localPath);
        }
        // The home page's x-default is the root, which picks a language for the visitor; elsewhere English.
        paths.put(
                X_DEFAULT,
                "/".equals(localPath) ? "/" : "/" + Language.fallback().code() + localPath);
        return Collections.unmodifiableMap(paths);
    }
}
