package org.mpscommons.articles;

import java.time.Instant;

/** A reader's report of an error or outdated information, and the editors' answer. */
public record ErrorReport(
        long id,
        long articleId,
        String articleTitle,
        String articleLanguage,
        String articleSlug,
        String body,
        Status status,
        String reply,
        Instant createdAt,
        Instant handledAt) {

    public enum Status {
        OPEN,
        ACCEPTED,
        REJECTED
    }
}
