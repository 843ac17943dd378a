package org.mpscommons.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
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

    private final Search search;
    private final PageFactory pages;

    SearchController(Search search, PageFactory pages) {
        this.search = search;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/search")
    String search(@PathVariable Language lang, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        String chosenType = type != null && TYPES.contains(type) ? type : null;
        String chosenLanguage = Language.fromCode(language == null ? "" : language).map(Language::code).orElse(null);
        Search.Results results = search.search(new Search.Request(q, chosenType, chosenLanguage,
                Math.min(Math.max(page, 1), 100), lang.code()));
        model.addAttribute("page", pages.privatePage(lang, "/search", request));
        model.addAttribute("query", q.strip());
        model.addAttribute("type", chosenType == null ? "" : chosenType);
        model.addAttribute("language", chosenLanguage == null ? "" : chosenLanguage);
        model.addAttribute("results", results);
        return "search/results";
    }
}
