package org.mpscommons.forum;

import java.time.Instant;

/**
 * What a post said before one edit.
 *
 * @param editorName who made the edit: the author, a moderator, or null when that account is gone
 * @param title the topic title before the edit, when the edit changed it (opening posts only)
 */
public record Revision(long id, String editorName, boolean byModerator, String reason, String title,
        String bodySource, Instant createdAt) {}
