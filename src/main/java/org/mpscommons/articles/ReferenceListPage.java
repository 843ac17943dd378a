package org.mpscommons.articles;

import java.util.List;
import java.util.Map;

/**
 * What the editors' list of references shows: every reference with its identifiers, and how often articles cite it.
 *
 * @param cited the number of articles citing each reference, by its key
 * @param notice the message key that confirms a save, or null
 */
public record ReferenceListPage(List<Reference> references, Map<String, Long> cited, String notice) {}
