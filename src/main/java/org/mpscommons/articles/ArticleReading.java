package org.mpscommons.articles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.Language;
import org.mpscommons.web.SiteProperties;
import org.springframework.stereotype.Service;

/** What readers and editors see of the knowledge base. Readers see published articles only. */
@Service
public class ArticleReading {

    private final ArticleRepository articles;
    private final ReferenceRepository references;
    private final Clock clock;
    private final ZoneId zone;

    ArticleReading(ArticleRepository articles, ReferenceRepository references, Clock clock, SiteProperties site) {
        this.articles = articles;
        this.references = references;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    static boolean isEditor(MemberPrincipal member) {
        return member != null && member.isEditor();
    }

    Optional<Article> article(Language language, String slug, MemberPrincipal reader) {
        return articles.bySlug(language.code(), slug).filter(article -> article.published() || isEditor(reader));
    }

    /** The versions of the article this reader may see, by language, as local paths: for hreflang and links. */
    Map<Language, String> versions(Article article, MemberPrincipal reader) {
        Map<Language, String> versions = new LinkedHashMap<>();
        for (Article each : articles.byTranslationKey(article.translationKey())) {
            if (each.published() || isEditor(reader) || each.id() == article.id()) {
                Language.fromCode(each.language()).ifPresent(language -> versions.put(language, each.path()));
            }
        }
        return versions;
    }

    /** The article with this key in the language, else in the other one. */
    Optional<Article> byKey(String key, Language language, MemberPrincipal reader) {
        List<Article> versions = articles.byTranslationKey(key).stream()
                .filter(article -> article.published() || isEditor(reader))
                .toList();
        return versions.stream()
                .filter(article -> article.language().equals(language.code()))
                .findFirst()
                .or(() -> versions.stream().findFirst());
    }

    /** An address in one language whose slug is an article's in the other: that article, to offer or redirect to. */
    Optional<Article> otherLanguage(Language language, String slug, MemberPrincipal reader) {
        Language other = language == Language.EN ? Language.JA : Language.EN;
        return article(other, slug, reader);
    }

    List<Reference> references(Article article) {
        return references.citedBy(article.id());
    }

    List<ErrorReport> corrections(Article article) {
        return articles.answered(article.id());
    }

    List<Revision> revisions(Article article) {
        return articles.revisions(article.id());
    }

    Optional<Revision> revision(Article article, int number) {
        return articles.revision(article.id(), number);
    }

    /**
     * The index: published articles of the language by theme, the newest, and the most recently reviewed by a verified
     * professional.
     */
    public record Index(Map<Theme, List<Article>> byTheme, List<Article> newest, List<Article> reviewed) {}

    Index index(Language language) {
        List<Article> published = articles.published(language.code());
        Map<Theme, List<Article>> byTheme = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            List<Article> inTheme = published.stream()
                    .filter(article -> article.theme() == theme)
                    .toList();
            if (!inTheme.isEmpty()) {
                byTheme.put(theme, inTheme);
            }
        }
        List<Article> newest = published.stream()
                .sorted(Comparator.comparing(Article::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(5)
                .toList();
        // Medical reviews only: under "recently reviewed" readers expect a professional's review, and an editor's
        // check of references and wording listed there would read as one.
        List<Article> reviewed = published.stream()
                .filter(Article::medicallyReviewed)
                .sorted(Comparator.comparing(
                                (Article article) -> article.medicalReview().on())
                        .reversed())
                .limit(5)
                .toList();
        return new Index(byTheme, newest, reviewed);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
