package org.mpscommons.web;

import org.springframework.modulith.NamedInterface;

/**
 * A page of the admin area that its feature lists on the admin home, declared as a bean; {@link AdminLinks} collects
 * them. Only admins reach the area (accounts guards {@code /admin/**}), so every link is shown to everyone there.
 *
 * @param order its position on the admin home, lower first; unique
 * @param path the page's whole path, as admin URLs carry no language (such as {@code /admin/mail})
 * @param labelKey the message key of the link's text
 */
@NamedInterface("api")
public record AdminLink(int order, String path, String labelKey) {

    public AdminLink {
        if (!path.startsWith("/admin/")) {
            throw new IllegalArgumentException("An admin page lives under /admin/: " + path);
        }
    }
}
