package org.mpscommons.forum;

import java.time.Instant;

/**
 * A topic as the home page shows it: its title and the start of what its opening post says.
 *
 * @param opening the opening post's plain text, up to {@link #CHARS_READ} characters; empty when it is not shown
 */
record TopicOpening(
        long id,
        long categoryId,
        String title,
        String slug,
        String language,
        int replyCount,
        Instant lastPostedAt,
        String opening) {

    /** Characters read from the database: more than an excerpt shows, so it can end at a word. */
    static final int CHARS_READ = 240;

    /** Characters an excerpt shows at most, about two lines on a phone in either language. */
    static final int EXCERPT_CHARS = 110;

    String path() {
        return "/forum/t/" + id + "/" + slug;
    }

    /**
     * The opening's first words on one line, cut at a word (for text with spaces) and marked as cut; null when the
     * post says nothing that can be shown.
     */
    String excerpt() {
        String text = opening == null ? "" : opening.replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) <= EXCERPT_CHARS) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, EXCERPT_CHARS));
        int space = cut.lastIndexOf(' ');
        // Japanese has no spaces between words: cut anywhere. English: at the last space, unless that loses too much.
        if (space > EXCERPT_CHARS * 2 / 3) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + "…";
    }
}
