package org.mpscommons.articles;

import java.util.List;
import java.util.function.LongConsumer;
import org.mpscommons.content.HtmlText;
import org.mpscommons.search.SearchDocument;
import org.mpscommons.search.SearchSource;
import org.springframework.stereotype.Component;

/** Published articles for search: their title, summary and text, in their own language. */
@Component
class ArticleSearchSource implements SearchSource {

    static final String TYPE = "ARTICLE";

    private final ArticleRepository articles;
    private final org.mpscommons.web.PageFactory pages;

    ArticleSearchSource(ArticleRepository articles, org.mpscommons.web.PageFactory pages) {
        this.articles = articles;
        this.pages = pages;
    }

    @Override
    public java.util.Map<String, String> categoryNames(org.mpscommons.web.Language language) {
        return SearchSource.named(
                pages.messages(language),
                "articles.theme.",
                java.util.Arrays.stream(Theme.values()).map(Theme::code).toList());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SearchDocument> current(long id) {
        return articles.find(id)
                .filter(Article::published)
                .map(article -> List.of(new SearchDocument(
                        "article:" + article.id(),
                        "article",
                        article.language(),
                        article.title(),
                        article.summary() + "\n" + HtmlText.of(article.bodyHtml()),
                        "/" + article.language() + article.path(),
                        article.theme().code(),
                        article.updatedAt())))
                .orElse(List.of());
    }

    @Override
    public void allIds(LongConsumer ids) {
        articles.all().forEach(article -> ids.accept(article.id()));
    }
}
