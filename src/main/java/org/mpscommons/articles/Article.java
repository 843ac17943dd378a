package org.mpscommons.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article in one language. Its translation shares {@code translationKey}.
 *
 * @param revision the number of the current revision
 * @param editorialReview the editors' last check of references and wording; null if they never checked it
 * @param medicalReview the last review by a verified professional; null if none reviewed it yet
 */
public record Article(
        long id,
        String translationKey,
        String language,
        String slug,
        String title,
        String summary,
        Theme theme,
        List<String> tags,
        String bodySource,
        String bodyHtml,
        ArticleStatus status,
        int revision,
        EditorialReview editorialReview,
        MedicalReview medicalReview,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {

    public boolean published() {
        return status == ArticleStatus.PUBLISHED;
    }

    public String path() {
        return "/articles/" + slug;
    }

    public boolean medicallyReviewed() {
        return medicalReview != null;
    }

    /** Medically reviewed, and edited since: the review was of an earlier revision. */
    public boolean changedSinceMedicalReview() {
        return medicalReview != null && medicalReview.revision() != revision;
    }

    /** The editors never checked it, or their next check is due: what the editors' desk lists. */
    public boolean editorialReviewDue(LocalDate today) {
        return editorialReview == null || editorialReview.due(today);
    }

    /** No professional reviewed it yet, or their review's time is up. */
    public boolean medicalReviewDue(LocalDate today) {
        return medicalReview == null || medicalReview.due(today);
    }
}
