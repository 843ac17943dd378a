package org.mpscommons.search;

import java.util.List;
import java.util.Map;

/**
 * What the results page shows: the form with the query and the filters as chosen, the chosen filters as chips that
 * remove them, and one page of results. A filter not chosen, or not valid, is empty.
 *
 * @param categories the category filter's choices: names by key, from every feature that has categories
 * @param errors the text explaining each filter that was asked for but could not be used, by the filter's name
 * @param chips the filters in use, each with the address of the same search without it
 * @param clearAll the address of the same search without any filter, when two or more are in use; else empty
 * @param searchPath this page's path, e.g. /ja/search
 */
public record SearchPage(
        String query,
        SearchFilters filters,
        Map<String, String> categories,
        Map<String, String> errors,
        List<Chip> chips,
        String clearAll,
        String searchPath,
        Search.Results results) {

    /** @param label names the filter and its value, e.g. "Type: Articles" */
    public record Chip(String label, String href) {}

    public String type() {
        return filters.type();
    }

    public String language() {
        return filters.language();
    }

    public String category() {
        return filters.category();
    }

    public String since() {
        return filters.since();
    }

    public String in() {
        return filters.in();
    }

    /** The filters' disclosure opens by itself only to show what was wrong with one. */
    public boolean filtersOpen() {
        return !errors.isEmpty();
    }

    public String error(String filter) {
        return errors.get(filter);
    }

    /** The same search on another page of results. */
    public String pageHref(int page) {
        return filters.href(searchPath, query) + "&page=" + page;
    }

    /** The same search among the posts of a hit's topic only. */
    public String moreHref(Search.Hit hit) {
        return filters.with("in", hit.group()).href(searchPath, query);
    }
}
