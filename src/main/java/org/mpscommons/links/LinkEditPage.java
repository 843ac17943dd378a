package org.mpscommons.links;

import org.mpscommons.web.FormErrors;

/**
 * What the page that adds or changes a link shows: the form, empty or filled from the link, or with what was sent
 * when it comes back with errors.
 *
 * @param link the link changed, or null for a new one
 */
public record LinkEditPage(Link link, LinkForm form, FormErrors errors) {

    public LinkKind[] kinds() {
        return LinkKind.values();
    }
}
