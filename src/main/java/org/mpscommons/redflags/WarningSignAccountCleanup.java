package org.mpscommons.redflags;

import org.mpscommons.accounts.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a member deletes their account, in the same transaction: their reviews of the table no longer name them. */
@Component
class WarningSignAccountCleanup {

    private final WarningSignReviews reviews;

    WarningSignAccountCleanup(WarningSignReviews reviews) {
        this.reviews = reviews;
    }

    @EventListener
    void on(AccountDeleted event) {
        reviews.forget(event.memberId());
    }
}
