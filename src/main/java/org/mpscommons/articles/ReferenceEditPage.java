package org.mpscommons.articles;

import java.util.List;
import org.mpscommons.web.FormErrors;

/**
 * What the page that adds or corrects a reference shows: the form, empty or filled from the reference, or with what
 * was sent when it comes back with errors.
 *
 * @param reference the reference corrected, or null for a new one
 */
public record ReferenceEditPage(Reference reference, ReferenceForm form, FormErrors errors) {

    /** The status list's choices, from the most to the least trusted. */
    private static final List<String> STATUSES = List.of("verified", "verified-secondary", "unverified", "unusable");

    public List<String> statuses() {
        return STATUSES;
    }
}
