package org.mpscommons.articles;

import java.util.LinkedHashMap;
import org.mpscommons.accounts.AccountDataPart;
import org.springframework.stereotype.Component;

/**
 * The reviews of articles that still name a member, in "download my data": the site shows their name with each (and,
 * for a medical review, their profession).
 */
@Component
class ArticleReviewAccountData implements AccountDataPart {

    private final ArticleRepository articles;

    ArticleReviewAccountData(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public String name() {
        return "articleReviews";
    }

    @Override
    public Object export(long memberId) {
        return articles.reviewsBy(memberId).stream()
                .map(review -> {
                    var entry = new LinkedHashMap<String, Object>();
                    entry.put("article", "/" + review.language() + "/articles/" + review.slug());
                    entry.put("kind", review.kind());
                    entry.put("reviewedOn", review.on().toString());
                    if (review.profession() != null) {
                        entry.put("profession", review.profession());
                    }
                    return entry;
                })
                .toList();
    }
}
