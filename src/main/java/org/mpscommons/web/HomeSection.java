package org.mpscommons.web;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A list of cards on the home page that a feature fills with its own content (the forum's latest discussions, the
 * articles it features), declared as a bean. Web cannot know features, so it draws the sections it is given, in
 * their order, between its own cards. Every visitor sees the same cards: a section shows public content only.
 */
@NamedInterface("api")
public interface HomeSection {

    /** The section's place on the home page, lower first; unique among the sections. */
    int order();

    /** The message key of the section's heading. */
    String headingKey();

    /** The cards, newest or most relevant first, for a page in this language; empty when there are none yet. */
    List<HomeCard> cards(Language language);

    /** The path, after the language, of the page that lists all of them (the forum, a category, the articles). */
    String morePath();

    /** The message key of the link to {@link #morePath()}. */
    String moreKey();

    /** The message key of what the section says when it has no cards. */
    String emptyKey();

    /**
     * Changes whenever {@link #cards} would return something else, in any language. Asked on every visitor's request
     * for the home page, which is served from memory while it stays the same ({@link VisitorPageCache}): it must be
     * cheap, so remember it for a moment if it costs a query.
     */
    String version();
}
