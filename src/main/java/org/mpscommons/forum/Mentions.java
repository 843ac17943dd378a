package org.mpscommons.forum;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @name} mentions in a post's text. A display name may hold letters of any script, digits, and
 * {@code _ . -}; a name with spaces cannot be mentioned (its first word would be taken as the name).
 */
public final class Mentions {

    /** Not after a letter or digit, so an email address is not a mention. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._-])@([\\p{L}\\p{N}_.-]{2,40})");

    /** A post that names more people than this is a broadcast, not a conversation; the rest are not notified. */
    static final int MAX_PER_POST = 10;

    private Mentions() {}

    public static Set<String> in(String plainText) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(plainText == null ? "" : plainText);
        while (matcher.find() && names.size() < MAX_PER_POST) {
            // A sentence ending right after the name ("thanks @hanako.") does not make the dot part of it.
            names.add(matcher.group(1).replaceAll("[.-]+$", ""));
        }
        return names;
    }
}
