package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The site's own pages: home, what MPS is, about, privacy and contact. */
@Controller
class PagesController {

    /** Shown on the privacy page; change it whenever the privacy text changes. */
    static final LocalDate PRIVACY_LAST_CHANGED = LocalDate.of(2026, 11, 26);

    private final PageFactory pages;
    private final HomeSections homeSections;

    PagesController(PageFactory pages, HomeSections homeSections) {
        this.pages = pages;
        this.homeSections = homeSections;
    }

    /** Ways in: the kit, what MPS is, and what features put on it (discussions, stories, articles). */
    @GetMapping("/" + Routes.LANG + "/")
    String home(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.page(lang, "/", request));
        model.addAttribute("sections", homeSections.views(lang));
        VisitorPageCache.markSameForEveryVisitor(request);
        return "web/home";
    }

    /** The short essay that was the home page: what MPS is, why the site exists, what one can do; with sources. */
    @GetMapping("/" + Routes.LANG + "/what-is-mps")
    String whatIsMps(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.page(lang, "/what-is-mps", request));
        VisitorPageCache.markSameForEveryVisitor(request);
        return "web/what-is-mps";
    }

    @GetMapping("/" + Routes.LANG + "/about")
    String about(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.page(lang, "/about", request));
        VisitorPageCache.markSameForEveryVisitor(request);
        return "web/about";
    }

    @GetMapping("/" + Routes.LANG + "/privacy")
    String privacy(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.page(lang, "/privacy", request));
        VisitorPageCache.markSameForEveryVisitor(request);
        model.addAttribute("lastChanged", PRIVACY_LAST_CHANGED);
        return "web/privacy";
    }

    @GetMapping("/" + Routes.LANG + "/contact")
    String contact(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.page(lang, "/contact", request));
        VisitorPageCache.markSameForEveryVisitor(request);
        return "web/contact";
    }

    /**
     * The design system's page: every component, with one field in its error state, so a change to the style is seen
     * everywhere at once. Not indexed and not in any navigation; it is for those who build and run the site.
     */
    @GetMapping("/" + Routes.LANG + "/design")
    String design(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/design", request));
        model.addAttribute("errors", new FormErrors().reject("design-email", "design.field.error"));
        return "web/design";
    }
}
