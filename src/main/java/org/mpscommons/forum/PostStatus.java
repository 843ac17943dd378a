package org.mpscommons.forum;

import org.springframework.modulith.NamedInterface;

/** Where a topic or post stands. Topics use the same words for their opening post's state. */
@NamedInterface("tools")
public enum PostStatus {
    VISIBLE,
    /** Waits for a moderator: guests' posts and new members' first posts. Its author still sees it. */
    PENDING,
    /** Hidden by a moderator; shown as a placeholder, its text only to moderators. */
    HIDDEN,
    /** Refused by a moderator while pending; nobody sees it but moderators. */
    REJECTED,
    /** Deleted by its author; shown as a placeholder so the conversation stays readable. */
    DELETED
}
