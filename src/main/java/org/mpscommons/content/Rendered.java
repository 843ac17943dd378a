package org.mpscommons.content;

import org.springframework.modulith.NamedInterface;

/**
 * What the content pipeline makes of one piece of user text: the sanitized HTML to store and show, its text with
 * whitespace collapsed (for excerpts, feeds, search and the meta description), and how many links and images survived
 * sanitizing, so that callers can apply rules such as "new members may not post links".
 */
@NamedInterface("api")
public record Rendered(String html, String plainText, int links, int images) {

    static final Rendered EMPTY = new Rendered("", "", 0, 0);
}
