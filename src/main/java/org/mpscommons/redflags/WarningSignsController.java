package org.mpscommons.redflags;

import jakarta.servlet.http.HttpServletRequest;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The whole table of warning signs, for anyone who wants to see what the site warns of and why (doctors above all),
 * with its sources and its review status; verified professionals record their review of it here.
 */
@Controller
class WarningSignsController {

    private final WarningSigns signs;
    private final WarningSignReviewing reviewing;
    private final RegionNames regions;
    private final PageFactory pages;

    WarningSignsController(WarningSigns signs, WarningSignReviewing reviewing, RegionNames regions, PageFactory pages) {
        this.signs = signs;
        this.reviewing = reviewing;
        this.regions = regions;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/warning-signs")
    String table(
            @PathVariable Language lang,
            @RequestParam(required = false) String done,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.page(lang, "/warning-signs", request));
        model.addAttribute(
                "view",
                new WarningSignsPage(
                        WarningCards.of(signs.all(), lang.code(), regions, signs.review()),
                        WarningSignReviewing.canReview(member),
                        "reviewed".equals(done)));
        return "redflags/table";
    }

    @PostMapping("/" + Routes.LANG + "/warning-signs/review")
    String review(@PathVariable Language lang, @AuthenticationPrincipal MemberPrincipal member) {
        if (!reviewing.review(member)) {
            // Only verified professionals review; for anyone else this action does not exist.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/" + lang.code() + "/warning-signs?done=reviewed";
    }
}
