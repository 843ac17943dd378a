package org.mpscommons.articles;

import java.util.Arrays;
import java.util.List;

/**
 * The editor's form. {@code baseRevision} is the revision the editor started from: saving over someone else's newer
 * revision is refused instead of silently losing their change.
 */
public record ArticleForm(
        String translationKey,
        String language,
        String slug,
        String title,
        String summary,
        String theme,
        String tags,
        String body,
        String note,
        Integer baseRevision,
        String preview) {

    static ArticleForm of(Article article) {
        return new ArticleForm(
                article.translationKey(),
                article.language(),
                article.slug(),
                article.title(),
                article.summary(),
                article.theme().code(),
                String.join(", ", article.tags()),
                article.bodySource(),
                "",
                article.revision(),
                null);
    }

    static ArticleForm empty(String language, String translationKey, String theme) {
        return new ArticleForm(
                translationKey == null ? "" : translationKey,
                language,
                "",
                "",
                "",
                theme == null ? Theme.WHAT_IS_MPS.code() : theme,
                "",
                "",
                "",
                null,
                null);
    }

    boolean wantsPreview() {
        return preview != null;
    }

    String clean(String value) {
        return value == null ? "" : value.strip();
    }

    List<String> tagList() {
        return Arrays.stream(clean(tags).split("[,、]"))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
    }
}
