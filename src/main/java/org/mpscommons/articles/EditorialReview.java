package org.mpscommons.articles;

import java.time.LocalDate;

/**
 * An editor checked the article's references and wording. Never shown or marked up as a medical review: readers and
 * search engines would take it for one.
 *
 * @param reviewerName empty once the editor deleted their account
 * @param due when the editors should check it again
 */
public record EditorialReview(LocalDate on, String reviewerName, LocalDate due) {

    public boolean due(LocalDate today) {
        return due != null && !due.isAfter(today);
    }
}
