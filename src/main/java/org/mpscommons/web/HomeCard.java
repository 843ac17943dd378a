package org.mpscommons.web;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * One card among a {@link HomeSection}'s: a discussion, a story, an article. Plain values, so that the feature that
 * knows the content writes them and web draws every card alike.
 *
 * @param title what the card's link says
 * @param href where it leads, whole (with the language prefix where the page has one)
 * @param excerpt a few words of what it says, or null
 * @param meta a short line about it (replies, category, review), or null
 * @param time when it last changed, shown as "3 hours ago"; or null
 * @param language the content's language when it is not the page's (the card then says so in its markup), or null
 */
@NamedInterface("api")
public record HomeCard(String title, String href, String excerpt, String meta, Instant time, Language language) {

    public HomeCard {
        if (title == null || title.isBlank() || href == null || !href.startsWith("/")) {
            throw new IllegalArgumentException("A home card needs a title and a path on this site: " + href);
        }
    }

    /** The language to mark the card's text with, or null when it is the page's own. */
    public String languageCode() {
        return language == null ? null : language.code();
    }
}
