package org.mpscommons.forum;

import java.time.Instant;

/**
 * What a post said before one edit. Only the post's writer and moderators read it (it may hold what the writer took
 * back); either can erase its text, after which {@code bodySource} is empty and {@code title} null for good.
 *
 * @param editorName who made the edit: the author, a moderator, or null when that account is gone
 * @param title the topic title before the edit, when the edit changed it (opening posts only)
 * @param erasedAt when its text was erased, or null while it is kept
 * @param erasedByModerator whether a moderator rather than the writer erased it
 */
public record Revision(
        long id,
        String editorName,
        boolean byModerator,
        String reason,
        String title,
        String bodySource,
        Instant createdAt,
        Instant erasedAt,
        boolean erasedByModerator) {

    public boolean erased() {
        return erasedAt != null;
    }
}
