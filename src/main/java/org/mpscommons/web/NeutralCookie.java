package org.mpscommons.web;

import org.springframework.modulith.NamedInterface;

/**
 * A cookie that a feature sets and that never changes what a page shows, declared as a bean: a visitor who carries
 * it still gets the page from {@link VisitorPageCache}. Any cookie not declared so sends the request the whole way,
 * which is the safe side for a cookie that might.
 */
@NamedInterface("api")
public record NeutralCookie(String name) {

    public NeutralCookie {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A cookie has a name");
        }
    }
}
