package org.mpscommons.redflags;

import java.util.LinkedHashMap;
import org.mpscommons.accounts.AccountDataPart;
import org.springframework.stereotype.Component;

/** A member's reviews of the table of warning signs, in "download my data": the site shows their name with each. */
@Component
class WarningSignReviewAccountData implements AccountDataPart {

    private final WarningSignReviews reviews;

    WarningSignReviewAccountData(WarningSignReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String name() {
        return "warningSignReviews";
    }

    @Override
    public Object export(long memberId) {
        return reviews.by(memberId).stream()
                .map(review -> {
                    var entry = new LinkedHashMap<String, Object>();
                    entry.put("tableVersion", review.tableVersion());
                    entry.put("reviewedAt", review.reviewedAt().toString());
                    entry.put("profession", review.profession());
                    return entry;
                })
                .toList();
    }
}
