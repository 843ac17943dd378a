package org.mpscommons.forum;

import java.time.Instant;

/** A topic as topic lists show it. */
public record TopicSummary(
        long id,
        long categoryId,
        String title,
        String slug,
        String language,
        Visibility visibility,
        boolean pinned,
        boolean locked,
        int replyCount,
        long viewCount,
        boolean answered,
        Instant createdAt,
        Instant lastPostedAt) {

    public String path() {
        return "/forum/t/" + id + "/" + slug;
    }

    public boolean membersOnly() {
        return visibility == Visibility.MEMBERS;
    }
}
