package org.mpscommons.articles;

import java.time.Instant;

/** One saved version of an article, with who saved it and why. */
public record Revision(
        long id,
        int number,
        String editorName,
        String note,
        String title,
        String summary,
        String theme,
        String tags,
        String slug,
        String bodySource,
        Instant createdAt) {

    /** The text a diff compares: what readers see of this version, line by line. */
    public String comparable() {
        return "# " + title + "\n\n" + summary + "\n\n" + bodySource;
    }
}
