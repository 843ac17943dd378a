package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import org.mpscommons.web.Language;
import org.mpscommons.web.VisitorPageSource;
import org.springframework.stereotype.Component;

/** Topic pages ({@code /{lang}/forum/t/{id}/{slug}}, optionally {@code ?page=N}) for the visitor page cache. */
@Component
class TopicVisitorPages implements VisitorPageSource {

    private static final String TOPICS = "/forum/t/";

    private final TopicVersionCache versions;
    private final TopicRepository topics;
    private final TopicViews views;

    TopicVisitorPages(TopicVersionCache versions, TopicRepository topics, TopicViews views) {
        this.versions = versions;
        this.topics = topics;
        this.views = views;
    }

    @Override
    public Current current(HttpServletRequest request) {
        long topicId = topicId(request.getRequestURI());
        String query = request.getQueryString();
        if (topicId < 0 || (query != null && !isPageNumber(query))) {
            return null;
        }
        long version = versions.version(topicId, id -> topics.version(id).orElse(TopicVersionCache.NONE));
        return version == TopicVersionCache.NONE
                ? null
                : new Current(Long.toString(version), () -> views.viewed(topicId));
    }

    /** The id in a topic page's path, or -1 for any other path. */
    static long topicId(String path) {
        // "/ja/forum/t/12/slug": a language, the prefix, digits, a slash and a slug without further slashes.
        if (path.length() < 3 || Language.fromCode(path.substring(1, 3)).isEmpty() || !path.startsWith(TOPICS, 3)) {
            return -1;
        }
        int start = 3 + TOPICS.length();
        int end = start;
        while (end < path.length() && end - start < 18 && isAsciiDigit(path.charAt(end))) {
            end++;
        }
        if (end == start || end >= path.length() - 1 || path.charAt(end) != '/' || path.indexOf('/', end + 1) >= 0) {
            return -1;
        }
        return Long.parseLong(path, start, end, 10);
    }

    private static boolean isPageNumber(String query) {
        if (!query.startsWith("page=") || query.length() == 5 || query.length() > 10) {
            return false;
        }
        for (int i = 5; i < query.length(); i++) {
            if (!isAsciiDigit(query.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
