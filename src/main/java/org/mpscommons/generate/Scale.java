package org.mpscommons.generate;

import java.util.Locale;

/** How much to generate: posts, in topics of ten on average, by a member for every twenty posts. */
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

    static Scale parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown scale '" + name + "': small, medium or large");
        }
    }
}
