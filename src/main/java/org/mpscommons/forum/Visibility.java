package org.mpscommons.forum;

import org.springframework.modulith.NamedInterface;

/** Who may read a topic: everyone, or signed-in members only (never visitors, feeds, sitemaps or search engines). */
@NamedInterface("tools")
public enum Visibility {
    PUBLIC,
    MEMBERS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
