package org.mpscommons.articles;

import jakarta.servlet.http.HttpServletRequest;
import org.mpscommons.web.Language;
import org.mpscommons.web.VisitorPageSource;
import org.springframework.stereotype.Component;

/**
 * Article pages and the articles' index ({@code /{lang}/articles/…}, without a query: "thank you" notices and
 * histories go the whole way) for the visitor page cache. Their version is the articles' as a whole, asked of the
 * database at every request: one small query over tables of a few hundred rows, always right on every node, where a
 * remembered version would need every kind of edit (texts, reviews, references, answers to reports) to tell it.
 */
@Component
class ArticleVisitorPages implements VisitorPageSource {

    private static final String ARTICLES = "/articles/";

    private final ArticleRepository articles;

    ArticleVisitorPages(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public Current current(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (request.getQueryString() != null || Language.ofPath(path).isEmpty() || !path.startsWith(ARTICLES, 3)) {
            return null;
        }
        // The index, or one article by its slug; not a key's redirect (/k/…), a history or a diff.
        if (path.indexOf('/', 3 + ARTICLES.length()) >= 0) {
            return null;
        }
        return new Current(articles.pagesVersion(), () -> {});
    }
}
