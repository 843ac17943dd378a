package org.mpscommons.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.mpscommons.web.Language;
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
    private static final java.util.Map<String, java.time.Period> SINCE =
            java.util.Map.of("month", java.time.Period.ofMonths(1), "year", java.time.Period.ofYears(1));

    private final Search search;
    private final PageFactory pages;
    private final java.util.List<SearchSource> sources;
    private final java.time.Clock clock;

    SearchController(Search search, PageFactory pages, java.util.List<SearchSource> sources, java.time.Clock clock) {
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
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        java.util.Map<String, String> categories = new java.util.LinkedHashMap<>();
        sources.forEach(source -> categories.putAll(source.categoryNames(lang)));
        String chosenCategory = category != null && categories.containsKey(category) ? category : null;
        String chosenSince = since != null && SINCE.containsKey(since) ? since : null;
        java.time.Instant from = chosenSince == null
                ? null
                : java.time.ZonedDateTime.now(clock)
                        .minus(SINCE.get(chosenSince))
                        .toInstant();
        String chosenType = type != null && TYPES.contains(type) ? type : null;
        String chosenLanguage = Language.fromCode(language == null ? "" : language)
                .map(Language::code)
                .orElse(null);
        Search.Results results = search.search(new Search.Request(
                q, chosenType, chosenLanguage, Math.min(Math.max(page, 1), 100), lang.code(), chosenCategory, from));
        model.addAttribute("page", pages.privatePage(lang, "/search", request));
        VisitorPageCache.markSameForEveryVisitor(request);
        model.addAttribute(
                "view",
                new SearchPage(
                        q.strip(),
                        orEmpty(chosenType),
                        orEmpty(chosenLanguage),
                        orEmpty(chosenCategory),
                        categories,
                        orEmpty(chosenSince),
                        results));
        return "search/results";
    }

    private static String orEmpty(String chosen) {
        return chosen == null ? "" : chosen;
    }
}
