package org.mpscommons.web;

import org.springframework.modulith.NamedInterface;

/**
 * A link in the site's header or footer, which the feature serving the page declares as a bean; {@link
 * SiteNavigation} collects them, so the layout draws every feature's links without knowing their routes.
 *
 * @param place the header's navigation or the footer's
 * @param order its position in its place, lower first; unique within a place (members' and visitors' entries too)
 * @param audience who sees it
 * @param path the page's path after the language, such as {@code /forum/}; for a page outside the languages, its
 *     whole path
 * @param inLanguage false for the admin area, whose URLs carry no language
 * @param label what the link says
 * @param labelKey the message key of its text; null when the label is the viewer's name
 * @param returnsHere whether the page it leads to (signing in) sends the visitor back to the page they were on
 */
@NamedInterface("api")
public record NavigationEntry(
        Place place,
        int order,
        Audience audience,
        String path,
        boolean inLanguage,
        Label label,
        String labelKey,
        boolean returnsHere) {

    public NavigationEntry(
            Place place, int order, Audience audience, String path, boolean inLanguage, Label label, String labelKey) {
        this(place, order, audience, path, inLanguage, label, labelKey, false);
    }

    public enum Place {
        HEADER,
        FOOTER
    }

    public enum Audience {
        EVERYONE,
        /** Only those not signed in (sign-in, registration). */
        VISITORS,
        MEMBERS,
        ADMINS;

        /** The narrowest audience the viewer (null for a visitor) belongs to. */
        static Audience of(Viewer viewer) {
            return viewer == null ? VISITORS : viewer.isAdmin() ? ADMINS : MEMBERS;
        }

        /** Whether an entry for this audience shows to a viewer whose narrowest audience is {@code viewer}. */
        boolean includes(Audience viewer) {
            return this == EVERYONE || this == viewer || (this == MEMBERS && viewer == ADMINS);
        }
    }

    public enum Label {
        /** The text of the label key. */
        TEXT,
        /** The text of the label key, followed by how many of their notifications the viewer has not read, if any. */
        TEXT_AND_UNREAD_COUNT,
        /** The signed-in viewer's display name: the way to their own account. */
        VIEWER_NAME
    }

    public NavigationEntry {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A navigation entry's path starts with /: " + path);
        }
        if ((label == Label.VIEWER_NAME) != (labelKey == null)) {
            throw new IllegalArgumentException(
                    "Only an entry labelled with the viewer's name has no label key: " + path);
        }
        if (label != Label.TEXT && (audience == Audience.EVERYONE || audience == Audience.VISITORS)) {
            throw new IllegalArgumentException("A visitor has no name and no notifications: " + path);
        }
    }

    /** A link in the header to a page in the viewer's language. */
    public static NavigationEntry header(int order, Audience audience, String path, String labelKey) {
        return new NavigationEntry(Place.HEADER, order, audience, path, true, Label.TEXT, labelKey);
    }

    /** A link in the footer, for everyone, to a page in the viewer's language. */
    public static NavigationEntry footer(int order, String path, String labelKey) {
        return new NavigationEntry(Place.FOOTER, order, Audience.EVERYONE, path, true, Label.TEXT, labelKey);
    }

    /** A link in the header, for admins, into the admin area, whose URLs carry no language. */
    public static NavigationEntry adminArea(int order, String path, String labelKey) {
        return new NavigationEntry(Place.HEADER, order, Audience.ADMINS, path, false, Label.TEXT, labelKey);
    }

    /** A link in the header, for members, that says the signed-in viewer's display name. */
    public static NavigationEntry viewerName(int order, String path) {
        return new NavigationEntry(Place.HEADER, order, Audience.MEMBERS, path, true, Label.VIEWER_NAME, null);
    }

    /** This entry, with the viewer's count of unread notifications after its text. */
    public NavigationEntry withUnreadCount() {
        return new NavigationEntry(
                place, order, audience, path, inLanguage, Label.TEXT_AND_UNREAD_COUNT, labelKey, returnsHere);
    }

    /** This entry, leading back to the page it was followed from (see {@link Page#hrefReturningHere}). */
    public NavigationEntry returningHere() {
        return new NavigationEntry(place, order, audience, path, inLanguage, label, labelKey, true);
    }

    public String href(Page page) {
        if (!inLanguage) {
            return path;
        }
        return returnsHere ? page.hrefReturningHere(path) : page.href(path);
    }

    /**
     * Whether the link leads to the page being shown, which the header marks ({@code aria-current}); the footer
     * repeats some of the header's links and marks none. A link into the admin area is a way in, never marked.
     */
    public boolean isCurrent(Page page) {
        return inLanguage && page.isCurrent(path);
    }

    /** The link's text; the unread count, which is markup, is the layout's. */
    public String text(Page page) {
        return label == Label.VIEWER_NAME ? page.viewer().displayName() : page.t(labelKey);
    }

    public boolean showsUnreadCount() {
        return label == Label.TEXT_AND_UNREAD_COUNT;
    }
}
