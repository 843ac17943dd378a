package org.mpscommons.forum;

/**
 * What the new-topic form posts. {@code language} is ja or en (blank: guessed from the text); {@code visibility} is
 * public or members; {@code confirmPublic} is "yes" once the writer saw the warning that their text looks like it
 * holds an email address or phone number.
 */
public record TopicForm(
        String category,
        String title,
        String body,
        String language,
        String visibility,
        String confirmPublic,
        String preview) {

    static TopicForm empty(String category) {
        return new TopicForm(category, "", "", "", "public", null, null);
    }

    TopicForm withBody(String newBody) {
        return new TopicForm(category, title, newBody, language, visibility, confirmPublic, preview);
    }

    public boolean wantsPreview() {
        return preview != null;
    }

    public boolean membersOnly() {
        return "members".equals(visibility);
    }
}
