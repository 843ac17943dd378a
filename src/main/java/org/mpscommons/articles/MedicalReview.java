package org.mpscommons.articles;

import java.time.LocalDate;

/**
 * A member whose profession an admin verified read the article and recorded a medical review: the only review the
 * site calls medical, and the only one its JSON-LD gives as {@code lastReviewed}.
 *
 * @param reviewerName empty once the reviewer deleted their account (the review stays, by their profession)
 * @param profession the verified profession as it was when they reviewed
 * @param revision the revision of the text they read
 */
public record MedicalReview(LocalDate on, String reviewerName, String profession, LocalDate due, int revision) {

    public boolean named() {
        return reviewerName != null && !reviewerName.isBlank();
    }

    public boolean due(LocalDate today) {
        return due != null && !due.isAfter(today);
    }
}
