package org.mpscommons.forum;

import java.time.Instant;

/**
 * A topic as its own page needs it.
 *
 * @param version goes up with every change shown on the topic's pages (the key of their cached renderings)
 */
public record Topic(
        long id,
        long categoryId,
        String title,
        String slug,
        String language,
        Visibility visibility,
        PostStatus status,
        Long authorId,
        boolean pinned,
        boolean locked,
        int postCount,
        int replyCount,
        long viewCount,
        Long answerPostId,
        Instant createdAt,
        Instant lastPostedAt,
        long version) {

    public String path() {
        return "/forum/t/" + id + "/" + slug;
    }

    public boolean membersOnly() {
        return visibility == Visibility.MEMBERS;
    }

    public boolean isAuthor(Long memberId) {
        return memberId != null && memberId.equals(authorId);
    }
}
