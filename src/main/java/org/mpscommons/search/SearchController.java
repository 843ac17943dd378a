package org.mpscommons.search;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.mpscommons.web.Language;
import org.mpscommons.web.Messages;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.mpscommons.web.VisitorPageCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results page: a plain GET form, so it works without JavaScript and a search can be bookmarked or shared. The
 * query is never logged (nor stored): what people in pain search for is their business.
 */
@Controller
class SearchController {

    private static final Set<String> TYPES = Set.of("article", "topic", "post", "link");

    /** How far back the date filter can look, by its value in the form. */
    private static final Map<String, Period> SINCE = Map.of("month", Period.ofMonths(1), "year", Period.ofYears(1));

    /** A group of the index as the indexer names them: a change-log type and an id. */
    private static final Pattern GROUP = Pattern.compile("[A-Z_]{1,20}:[0-9]{1,19}");

    private final Search search;
    private final PageFactory pages;
    private final List<SearchSource> sources;
    private final Clock clock;

    SearchController(Search search, PageFactory pages, List<SearchSource> sources, Clock clock) {
        this.search = search;
        this.pages = pages;
        this.sources = sources;
        this.clock = clock;
    }

    @GetMapping("/" + Routes.LANG + "/search")
    String search(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String in,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        Map<String, String> categories = new LinkedHashMap<>();
        sources.forEach(source -> categories.putAll(source.categoryNames(lang)));
        Map<String, String> errors = new LinkedHashMap<>();
        String inTitle = valid(in) && GROUP.matcher(in).matches() ? search.topicTitle(in) : null;
        SearchFilters filters = new SearchFilters(
                chosen("in", in, asked -> inTitle != null, errors),
                chosen("type", type, TYPES::contains, errors),
                chosen(
                        "language",
                        language,
                        asked -> Language.fromCode(asked)
                                .filter(known -> known.code().equals(asked))
                                .isPresent(),
                        errors),
                chosen("category", category, categories::containsKey, errors),
                chosen("since", since, SINCE::containsKey, errors));
        Instant from = filters.since().isEmpty()
                ? null
                : ZonedDateTime.now(clock).minus(SINCE.get(filters.since())).toInstant();
        Search.Results results = search.search(new Search.Request(
                q,
                orNull(filters.type()),
                orNull(filters.language()),
                Math.min(Math.max(page, 1), 100),
                lang.code(),
                orNull(filters.category()),
                from,
                orNull(filters.in())));
        model.addAttribute("page", pages.privatePage(lang, "/search", request));
        VisitorPageCache.markSameForEveryVisitor(request);
        String query = q.strip();
        String searchPath = "/" + lang.code() + "/search";
        Messages messages = pages.messages(lang);
        errors.replaceAll((filter, key) -> messages.get(key));
        model.addAttribute(
                "view",
                new SearchPage(
                        query,
                        filters,
                        categories,
                        errors,
                        chips(filters, messages, categories, inTitle, searchPath, query),
                        filters.active().size() >= 2 ? SearchFilters.NONE.href(searchPath, query) : "",
                        searchPath,
                        results));
        return "search/results";
    }

    /**
     * A filter as asked for when it is one of its choices; else empty, and an explanation when one was asked for (the
     * form sends an empty value for "all").
     */
    private static String chosen(String name, String asked, Predicate<String> known, Map<String, String> errors) {
        if (!valid(asked)) {
            return "";
        }
        if (!known.test(asked)) {
            errors.put(name, "in".equals(name) ? "search.filters.inUnknown" : "search.filters.unknown");
            return "";
        }
        return asked;
    }

    private static boolean valid(String asked) {
        return asked != null && !asked.isBlank();
    }

    /** Each filter in use, named with its value in the page's language, linking to the search without it. */
    private static List<SearchPage.Chip> chips(
            SearchFilters filters,
            Messages messages,
            Map<String, String> categories,
            String inTitle,
            String searchPath,
            String query) {
        List<SearchPage.Chip> chips = new ArrayList<>();
        for (String name : filters.active()) {
            String value = filters.value(name);
            String shown = switch (name) {
                case "in" -> inTitle;
                case "type" -> messages.get("search.type." + value);
                case "language" -> messages.get("language." + value);
                case "category" -> categories.get(value);
                default -> messages.get("search.since." + value);
            };
            chips.add(new SearchPage.Chip(
                    messages.get("search.chip", messages.get("search.chip." + name), shown),
                    filters.without(name).href(searchPath, query)));
        }
        return chips;
    }

    private static String orNull(String chosen) {
        return chosen.isEmpty() ? null : chosen;
    }
}
