package org.mpscommons.web;

import org.springframework.modulith.NamedInterface;

/**
 * The search box in the site's header, which the feature that answers searches declares as a bean; {@link
 * SiteNavigation} holds it, and a site where no feature declares one shows no box. A plain GET form, so it works
 * without JavaScript.
 *
 * @param path the results page's path after the language, such as {@code /search}
 * @param parameter the name of the field that carries the words searched for
 * @param maxLength the longest query the results page reads, so the box takes no more
 * @param formLabelKey the message key naming the form as a landmark ({@code aria-label})
 * @param fieldLabelKey the message key of the field's label, which only screen readers show
 * @param buttonKey the message key of the button's text
 */
@NamedInterface("api")
public record HeaderSearch(
        String path, String parameter, int maxLength, String formLabelKey, String fieldLabelKey, String buttonKey) {

    public HeaderSearch {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("The header search's path starts with /: " + path);
        }
        if (parameter == null || parameter.isBlank() || maxLength < 1) {
            throw new IllegalArgumentException("The header search needs a field name and a length: " + parameter);
        }
    }
}
