package org.mpscommons.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mpscommons.ops.ContentSeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings corrections of the shipped content to sites that loaded an earlier version of it, without ever overwriting
 * an editor's work: an article is corrected only while its current revision is still the site's own (no editor has
 * saved it since), and a reference only while no editor has changed it. Each shipped version is applied once in a
 * site's life ({@link ContentSeeds}), so an editor who later restores the old text keeps it.
 */
@Component
class ShippedCorrections {

    private static final Logger log = LoggerFactory.getLogger(ShippedCorrections.class);
    static final String NOTE = "Corrections shipped with the site";

    private final ContentSeeds seeds;
    private final ArticleRepository articles;
    private final ReferenceRepository references;
    private final org.mpscommons.search.SearchChanges search;

    ShippedCorrections(
            ContentSeeds seeds,
            ArticleRepository articles,
            ReferenceRepository references,
            org.mpscommons.search.SearchChanges search) {
        this.seeds = seeds;
        this.articles = articles;
        this.references = references;
        this.search = search;
    }

    /**
     * Replaces each stored reference that differs from its shipped row and that no editor changed.
     *
     * @return how many were corrected
     */
    int correctReferences(List<Reference> shipped, Instant now) {
        Map<String, Reference> stored =
                references.all().stream().collect(Collectors.toMap(Reference::key, Function.identity()));
        int corrected = 0;
        for (Reference reference : shipped) {
            Reference current = stored.get(reference.key());
            if (current == null
                    || values(current).equals(values(reference))
                    || !references.untouchedByEditors(reference.key())) {
                continue;
            }
            String key = "reference-correction:" + reference.key() + ":"
                    + hash(values(reference).toString());
            corrected += seeds.once(key, () -> references.update(reference, now, false)) ? 1 : 0;
        }
        return corrected;
    }

    /**
     * Gives each stored article whose text differs from the shipped one the shipped text as a new revision, while no
     * editor has saved it since the site did.
     *
     * @return how many were corrected
     */
    int correctArticles(List<ArticleSeeder.Shipped> shipped, Instant now) {
        Map<String, Article> stored = articles.all().stream()
                .collect(Collectors.toMap(
                        article -> article.translationKey() + ":" + article.language(), Function.identity()));
        int corrected = 0;
        for (ArticleSeeder.Shipped article : shipped) {
            ArticleRepository.Content content = article.content();
            Article current = stored.get(content.translationKey() + ":" + content.language());
            if (current != null && !sameText(current, content) && stillTheSitesOwn(current)) {
                corrected += correct(current, article, now) ? 1 : 0;
            }
        }
        return corrected;
    }

    private boolean correct(Article article, ArticleSeeder.Shipped shipped, Instant now) {
        ArticleRepository.Content content = shipped.content();
        // The address stays: links to the article must keep working.
        ArticleRepository.Content corrected = new ArticleRepository.Content(
                content.translationKey(),
                content.language(),
                article.slug(),
                content.title(),
                content.summary(),
                content.theme(),
                content.tags(),
                content.bodySource(),
                content.bodyHtml());
        String key = "article-correction:" + content.translationKey() + ":" + content.language() + ":"
                + hash(content.title() + "\n" + content.summary() + "\n" + content.bodySource());
        boolean applied = seeds.once(key, () -> {
            if (!articles.update(article.id(), article.revision(), corrected, now)) {
                throw new IllegalStateException("Article " + article.id() + " changed while it was corrected");
            }
            articles.addRevision(
                    article.id(), article.revision() + 1, null, ArticleSeeder.SHIPPED_EDITOR, NOTE, corrected, now);
            articles.cite(article.id(), references.idsInOrder(shipped.cited()));
            search.changed(ArticleSearchSource.TYPE, article.id());
        });
        if (applied) {
            log.info("Corrected shipped article {}/{}", content.language(), article.slug());
        }
        return applied;
    }

    /** No editor has saved the article since the site loaded it: its latest revision is the site's own. */
    private boolean stillTheSitesOwn(Article article) {
        return articles.savedByTheSite(article.id(), article.revision(), ArticleSeeder.SHIPPED_EDITOR);
    }

    private static boolean sameText(Article article, ArticleRepository.Content content) {
        return article.title().equals(content.title())
                && article.summary().equals(content.summary())
                && article.bodySource().equals(content.bodySource());
    }

    /** What the site shows of a reference: everything but its row id. */
    private static List<Object> values(Reference reference) {
        return java.util.Arrays.asList(
                reference.key(),
                reference.authors(),
                reference.title(),
                reference.container(),
                reference.year(),
                reference.details(),
                reference.doi(),
                reference.pmid(),
                reference.pmcid(),
                reference.isbn(),
                reference.url(),
                reference.evidenceType(),
                reference.status());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
