package org.mpscommons.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * The filters a search uses, each empty when not chosen, and the addresses of the same search with one more, one
 * fewer or none: the results page links them (removable chips, "n more matches in this topic", pages), so each works
 * without JavaScript and can be bookmarked.
 *
 * @param in a group to search in, e.g. "TOPIC:12" (see {@link Search.Request#group})
 */
record SearchFilters(String in, String type, String language, String category, String since) {

    /** Their query-string names, in the order the chips show them. */
    static final List<String> NAMES = List.of("in", "type", "language", "category", "since");

    static final SearchFilters NONE = new SearchFilters("", "", "", "", "");

    String value(String name) {
        return switch (name) {
            case "in" -> in;
            case "type" -> type;
            case "language" -> language;
            case "category" -> category;
            case "since" -> since;
            default -> throw new IllegalArgumentException(name);
        };
    }

    SearchFilters with(String name, String value) {
        return new SearchFilters(
                name.equals("in") ? value : in,
                name.equals("type") ? value : type,
                name.equals("language") ? value : language,
                name.equals("category") ? value : category,
                name.equals("since") ? value : since);
    }

    SearchFilters without(String name) {
        return with(name, "");
    }

    /** The chosen ones' names. */
    List<String> active() {
        return NAMES.stream().filter(name -> !value(name).isEmpty()).toList();
    }

    /** The results page's address for a query with these filters, from the page's own path (e.g. /ja/search). */
    String href(String searchPath, String query) {
        StringBuilder href = new StringBuilder(searchPath).append("?q=").append(encode(query));
        for (String name : active()) {
            href.append('&').append(name).append('=').append(encode(value(name)));
        }
        return href.toString();
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }
}
