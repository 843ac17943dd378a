package org.mpscommons.forum.images;

import java.time.Clock;
import java.time.Duration;
import org.mpscommons.accounts.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes images nobody will see: never put into a post, or uploaded by a member who deleted their account. */
@Component
class ImageCleanup {

    /** Long enough to finish a post begun on one evening the next morning; after that the upload was abandoned. */
    static final Duration KEEP_UNATTACHED = Duration.ofHours(24);

    private final ImageRepository images;
    private final Clock clock;

    ImageCleanup(ImageRepository images, Clock clock) {
        this.images = images;
        this.clock = clock;
    }

    /** Every node may run it; deleting what another node already deleted does no harm. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void removeUnattached() {
        images.deleteUnattached(clock.instant().minus(KEEP_UNATTACHED));
    }

    /**
     * With the account, its images go when the member asked for their words to be erased; otherwise those in posts
     * stay with the posts (which then show "deleted member") and the rest, which only the member could see, go.
     */
    @EventListener
    void on(AccountDeleted event) {
        if (event.deleteContent()) {
            images.deleteAllOf(event.memberId());
        } else {
            images.deleteUnattachedOf(event.memberId());
        }
    }
}
