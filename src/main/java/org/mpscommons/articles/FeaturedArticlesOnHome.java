package org.mpscommons.articles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mpscommons.web.HomeCard;
import org.mpscommons.web.HomeSection;
import org.mpscommons.web.Language;
import org.mpscommons.web.Messages;
import org.mpscommons.web.PageFactory;
import org.springframework.stereotype.Component;

/**
 * A few articles on the home page: those most recently reviewed by a medical professional, then the newest (see
 * {@link ArticleRepository#featured}), each saying whether a professional reviewed it.
 */
@Component
class FeaturedArticlesOnHome implements HomeSection {

    static final int SHOWN = 3;
    /**
     * How long the articles' version is remembered: the home page asks for it on every visitor's request, and a query
     * each time would cost more than serving the cached page. An edit shows on the home page within this time.
     */
    static final Duration RECHECK = Duration.ofSeconds(1);

    private final ArticleRepository articles;
    private final PageFactory pages;
    private final Clock clock;
    private volatile Remembered version;

    FeaturedArticlesOnHome(ArticleRepository articles, PageFactory pages, Clock clock) {
        this.articles = articles;
        this.pages = pages;
        this.clock = clock;
    }

    private record Remembered(String value, Instant readAt) {}

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String headingKey() {
        return "home.articles.heading";
    }

    @Override
    public String morePath() {
        return "/articles/";
    }

    @Override
    public String moreKey() {
        return "home.articles.more";
    }

    @Override
    public String emptyKey() {
        return "home.articles.empty";
    }

    @Override
    public List<HomeCard> cards(Language language) {
        Messages messages = pages.messages(language);
        return articles.featured(language.code(), SHOWN).stream()
                .map(article -> new HomeCard(
                        article.title(),
                        "/" + language.code() + "/articles/" + article.slug(),
                        article.summary(),
                        messages.get(
                                article.medicallyReviewed()
                                        ? "home.articles.medicallyReviewed"
                                        : "articles.review.none.title"),
                        null,
                        null))
                .toList();
    }

    @Override
    public String version() {
        Remembered remembered = version;
        Instant now = clock.instant();
        if (remembered == null || now.isAfter(remembered.readAt().plus(RECHECK))) {
            remembered = new Remembered(articles.pagesVersion(), now);
            version = remembered;
        }
        return remembered.value();
    }
}
