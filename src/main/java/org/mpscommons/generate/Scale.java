package org.mpscommons.generate;

import java.util.Locale;

/**
 * How much to generate: posts, in topics of ten on average, by a member for every twenty posts; an article in each
 * language for every thousand posts (at least ten).
 */
enum Scale {
    SMALL(1_000),
    MEDIUM(100_000),
    LARGE(1_000_000);

    private final int posts;

    Scale(int posts) {
        this.posts = posts;
    }

    int posts() {
        return posts;
    }

    int topics() {
        return posts / 10;
    }

    int members() {
        return posts / 20;
    }

    /** Knowledge-base articles in each language (a translated pair per number): 10, 100 or 1,000. */
    int articlesPerLanguage() {
        return Math.max(10, posts / 1_000);
    }

    static Scale parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown scale '" + name + "': small, medium or large");
        }
    }
}
