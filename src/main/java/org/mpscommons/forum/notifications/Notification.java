package org.mpscommons.forum.notifications;

import java.time.Instant;

/** One thing a member is told about, as the notifications page and mails show it. */
public record Notification(
        long id,
        long memberId,
        Kind kind,
        long topicId,
        long postId,
        String actorName,
        String topicTitle,
        Instant createdAt,
        Instant readAt) {

    public enum Kind {
        /** A new post in a topic the member follows. */
        REPLY,
        /** A new topic in a category the member follows. */
        NEW_TOPIC,
        /** Someone wrote @name. */
        MENTION,
        /** Someone found the member's post helpful, or said "me too". */
        REACTION
    }

    public boolean unread() {
        return readAt == null;
    }

    public String messageKey() {
        return "notifications.kind." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
