package org.mpscommons.redflags;

import java.time.LocalDate;

/** A verified professional's review of the table of warning signs as it is now, dated in the site's time zone. */
public record WarningSignReview(String reviewerName, String profession, LocalDate reviewedOn) {}
