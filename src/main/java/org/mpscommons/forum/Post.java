package org.mpscommons.forum;

import java.time.Instant;

/**
 * A post as stored: its Markdown source and the sanitized HTML made from it once, on write.
 *
 * @param guestKey SHA-256 of the guest's cookie value, for a guest's post; lets the guest see it while pending
 */
public record Post(
        long id,
        long topicId,
        int number,
        Long authorId,
        String guestName,
        String guestKey,
        String language,
        PostStatus status,
        String bodySource,
        String bodyHtml,
        String plainText,
        Instant createdAt,
        Instant editedAt,
        int editCount,
        int helpful,
        int meToo) {

    public boolean byGuest() {
        return authorId == null && guestName != null;
    }

    public boolean edited() {
        return editCount > 0;
    }

    public boolean opening() {
        return number == 1;
    }

    public String anchor() {
        return "post-" + number;
    }
}
