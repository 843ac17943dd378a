package org.mpscommons.articles;

import org.mpscommons.accounts.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a member deletes their account, in the same transaction: the articles they edited or reviewed and the reports
 * they sent stay (the site's record of its corrections), no longer naming them.
 */
@Component
class ArticleAccountCleanup {

    private final ArticleRepository articles;

    ArticleAccountCleanup(ArticleRepository articles) {
        this.articles = articles;
    }

    @EventListener
    void on(AccountDeleted event) {
        articles.forget(event.memberId());
    }
}
