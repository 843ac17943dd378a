package org.mpscommons.articles;

import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.Language;
import org.mpscommons.web.Routes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording a review from the article page: {@code kind=editorial} for editors, {@code kind=medical} for verified
 * professionals. An unknown kind, or a member who may not record that kind, gets 404 as for any page that does not
 * exist for them.
 */
@Controller
class ArticleReviewController {

    private final ArticleReading reading;
    private final ArticleReviewing reviewing;

    ArticleReviewController(ArticleReading reading, ArticleReviewing reviewing) {
        this.reading = reading;
        this.reviewing = reviewing;
    }

    @PostMapping("/" + Routes.LANG + "/articles/{slug}/reviewed")
    String reviewed(
            @PathVariable Language lang,
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) Integer revision,
            @AuthenticationPrincipal MemberPrincipal member) {
        ReviewKind chosen = ReviewKind.fromCode(kind)
                .filter(each -> ArticleReviewing.mayRecord(member, each))
                .orElseThrow(ArticleController::notFound);
        Article article = reading.article(lang, slug, member)
                .filter(found -> ArticleReviewing.mayReview(member, chosen, found))
                .orElseThrow(ArticleController::notFound);
        return switch (reviewing.record(member, chosen, article, revision)) {
            case ArticleReviewing.Outcome.Recorded recorded ->
                "redirect:/" + lang.code() + article.path() + "?done=review-"
                        + recorded.kind().code();
            case ArticleReviewing.Outcome.Outdated outdated ->
                "redirect:/" + lang.code() + article.path() + "?done=review-outdated";
            case ArticleReviewing.Outcome.NotAllowed notAllowed -> throw ArticleController.notFound();
        };
    }
}
