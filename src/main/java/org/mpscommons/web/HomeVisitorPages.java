package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The home page for the visitor page cache. Its own texts change only with a release, but it also shows features'
 * content (the latest discussions, featured articles), so its version is theirs: a new topic makes the cached copy a
 * miss at once on the node that saved it, and on other nodes as soon as the forum's version reaches them (a second).
 * A version rather than a short lifetime, because a short lifetime would still show a posted topic late and would
 * re-render the page on a quiet site for nothing.
 */
@Component
class HomeVisitorPages implements VisitorPageSource {

    private final HomeSections sections;

    HomeVisitorPages(HomeSections sections) {
        this.sections = sections;
    }

    @Override
    public Current current(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (request.getQueryString() != null || !(path.equals("/ja/") || path.equals("/en/"))) {
            return null;
        }
        return new Current("release/" + sections.version(), () -> {});
    }
}
