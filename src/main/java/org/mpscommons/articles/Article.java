package org.mpscommons.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article in one language. Its translation shares {@code translationKey}.
 *
 * @param revision the number of the current revision
 * @param reviewedOn the last review by an editor or a verified professional; null if nobody reviewed it yet
 */
public record Article(long id, String translationKey, String language, String slug, String title, String summary,
        Theme theme, List<String> tags, String bodySource, String bodyHtml, ArticleStatus status, int revision,
        LocalDate reviewedOn, String reviewerName, LocalDate reviewDue, Instant createdAt, Instant updatedAt,
        Instant publishedAt) {

    public boolean published() {
        return status == ArticleStatus.PUBLISHED;
    }

    public String path() {
        return "/articles/" + slug;
    }

    /** Never reviewed, or its next review is due. */
    public boolean reviewOverdue(LocalDate today) {
        return reviewedOn == null || (reviewDue != null && !reviewDue.isAfter(today));
    }
}
