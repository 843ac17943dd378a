package org.mpscommons.search;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.mpscommons.web.VisitorPageSource;
import org.springframework.stereotype.Component;

/**
 * Results pages ({@code /{lang}/search?q=…}) for the visitor page cache: a page shows what this node's index and the
 * synonym list in use find, so their versions are the page's. A new batch of changes or a saved synonym list makes
 * every cached results page a miss; members-only content is never in the index, so every visitor sees the same.
 */
@Component
class SearchVisitorPages implements VisitorPageSource {

    private final SearchIndex index;
    private final SynonymList synonyms;

    SearchVisitorPages(SearchIndex index, SynonymList synonyms) {
        this.index = index;
        this.synonyms = synonyms;
    }

    @Override
    public Current current(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!path.equals("/ja/search") && !path.equals("/en/search")) {
            return null;
        }
        try {
            return new Current(index.version() + "/" + synonyms.current().id(), () -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
