package org.mpscommons.forum;

/**
 * What the reply form on a topic page posts. A guest also sends {@code guestName}; {@code website} is a honeypot
 * (hidden from people, filled in by bots) and {@code started} the form's signed rendering time.
 */
public record ReplyForm(
        String body,
        String guestName,
        String language,
        String website,
        String started,
        String confirmPublic,
        String preview) {

    static ReplyForm empty(String started) {
        return new ReplyForm("", "", "", null, started, null, null);
    }

    ReplyForm withBody(String newBody) {
        return new ReplyForm(newBody, guestName, language, website, started, confirmPublic, preview);
    }

    boolean wantsPreview() {
        return preview != null;
    }

    ReplyForm restarted(String stamp) {
        return new ReplyForm(body, guestName, language, null, stamp, confirmPublic, null);
    }
}
