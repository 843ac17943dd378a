package org.mpscommons.doctorkit;

import org.mpscommons.accounts.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a member deletes their account, in the same transaction: the responses they linked to it are deleted if they
 * asked for their content to go, and otherwise stay in the statistics, linked to no one.
 */
@Component
class ResponsesAccountCleanup {

    private final ResponseRepository responses;
    private final ResponseStatistics statistics;

    ResponsesAccountCleanup(ResponseRepository responses, ResponseStatistics statistics) {
        this.responses = responses;
        this.statistics = statistics;
    }

    @EventListener
    void on(AccountDeleted event) {
        if (event.deleteContent()) {
            if (responses.deleteAllLinkedTo(event.memberId()) > 0) {
                statistics.changed();
            }
        } else {
            responses.unlinkAll(event.memberId());
        }
    }
}
