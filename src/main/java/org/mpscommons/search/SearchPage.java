package org.mpscommons.search;

import java.util.Map;

/**
 * What the results page shows: the form with the query and the filters as chosen, and one page of results. A filter
 * not chosen, or not known, is empty.
 *
 * @param categories the category filter's choices: names by key, from every feature that has categories
 */
public record SearchPage(
        String query,
        String type,
        String language,
        String category,
        Map<String, String> categories,
        String since,
        Search.Results results) {}
