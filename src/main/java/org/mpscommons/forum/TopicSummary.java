package org.mpscommons.forum;

import java.time.Instant;

/**
 * A topic as topic lists show it.
 *
 * @param authorId who started it; null once their account is gone
 * @param excerpt the start of its opening post as plain text, cut at a word or sentence ({@link Excerpt}); empty when
 *     the opening post shows no text (deleted by its author)
 * @param lastReply the visible reply with the highest number, or null when nobody has replied
 */
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
        Instant lastPostedAt,
        Long authorId,
        String excerpt,
        LastReply lastReply) {

    public String path() {
        return "/forum/t/" + id + "/" + slug;
    }

    public boolean membersOnly() {
        return visibility == Visibility.MEMBERS;
    }

    /**
     * Who wrote a topic's last reply, and when.
     *
     * @param authorId the member, or null for a guest (then {@code guestName}) or a deleted member (neither)
     */
    public record LastReply(Long authorId, String guestName, Instant at) {}
}
