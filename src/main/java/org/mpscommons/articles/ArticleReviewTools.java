package org.mpscommons.articles;

import java.time.LocalDate;
import org.mpscommons.accounts.MemberPrincipal;

/**
 * The review buttons an article page offers its reader, and whether each kind of review is due.
 *
 * @param editorial the reader may record an editorial review (an editor)
 * @param medical the reader may record a medical review (a verified professional; of a draft only if also an editor)
 * @param editorialDue the editors never checked it, or their yearly check is due
 * @param medicalDue a medical review's year is up (an article without one says so to everyone already)
 * @param revision the revision shown, which a review is of
 */
public record ArticleReviewTools(
        boolean editorial, boolean medical, boolean editorialDue, boolean medicalDue, int revision) {

    static ArticleReviewTools of(Article article, MemberPrincipal reader, LocalDate today) {
        return new ArticleReviewTools(
                ArticleReviewing.mayReview(reader, ReviewKind.EDITORIAL, article),
                ArticleReviewing.mayReview(reader, ReviewKind.MEDICAL, article),
                article.editorialReviewDue(today),
                article.medicallyReviewed() && article.medicalReviewDue(today),
                article.revision());
    }

    public boolean any() {
        return editorial || medical;
    }
}
