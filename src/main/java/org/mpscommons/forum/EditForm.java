package org.mpscommons.forum;

/**
 * What the edit form posts. {@code title} only counts for a topic's opening post; {@code reason} is required when a
 * moderator edits someone else's post (it is kept in the history and the audit log).
 */
public record EditForm(
        String title, String body, String language, String reason, String confirmPublic, String preview) {

    EditForm withBody(String newBody) {
        return new EditForm(title, newBody, language, reason, confirmPublic, preview);
    }

    public boolean wantsPreview() {
        return preview != null;
    }
}
