package org.mpscommons.forum;

/** Who may read a topic: everyone, or signed-in members only (never visitors, feeds, sitemaps or search engines). */
public enum Visibility {
    PUBLIC,
    MEMBERS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
