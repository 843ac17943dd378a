package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The site's own pages (what is MPS, about, privacy, contact) for the visitor page cache: their content is in the
 * templates and message bundles, which change only with a new release, so one version serves until the process ends.
 * Home shows features' content too: {@link HomeVisitorPages}.
 */
@Component
class StaticVisitorPages implements VisitorPageSource {

    private static final Set<String> PATHS = Set.of(
            "/ja/what-is-mps",
            "/en/what-is-mps",
            "/ja/about",
            "/en/about",
            "/ja/privacy",
            "/en/privacy",
            "/ja/contact",
            "/en/contact");
    private static final Current SAME = new Current("release", () -> {});

    @Override
    public Current current(HttpServletRequest request) {
        return request.getQueryString() == null && PATHS.contains(request.getRequestURI()) ? SAME : null;
    }
}
