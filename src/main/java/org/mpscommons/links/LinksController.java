package org.mpscommons.links;

import jakarta.servlet.http.HttpServletRequest;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public link page. */
@Controller
class LinksController {

    private final LinkRepository links;
    private final PageFactory pages;

    LinksController(LinkRepository links, PageFactory pages) {
        this.links = links;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/links")
    String links(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.page(lang, "/links", request));
        model.addAttribute("sections", LinkSections.of(links.all()));
        model.addAttribute("editor", LinksSecurity.isEditor(member));
        return "links/links";
    }
}
