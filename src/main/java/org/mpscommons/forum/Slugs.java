package org.mpscommons.forum;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The readable part of a topic's URL, made from its title. Only ASCII letters and digits survive, so a Japanese title
 * gives the plain word "topic"; the id in the URL is what finds the topic, the slug is for people and is corrected by
 * a redirect when it changes.
 */
public final class Slugs {

    private static final int MAX = 60;

    private Slugs() {}

    public static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX) {
            ascii = ascii.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return ascii.length() < 3 ? "topic" : ascii;
    }
}
