package org.mpscommons.forum;

import java.time.Instant;

/**
 * A category as the forum's front page lists it: with how many topics it has in the reader's languages, and the one
 * with the latest activity.
 *
 * @param latest null when the category has no topic the reader may see
 */
public record CategoryRow(Category category, long topics, Latest latest) {

    /** The topic with the latest activity: its title links to it, its date says when. */
    public record Latest(long id, String title, String slug, String language, Instant lastPostedAt) {

        public String path() {
            return "/forum/t/" + id + "/" + slug;
        }
    }
}
