package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AccountController {

    private final MemberRepository members;
    private final PageFactory pages;

    AccountController(MemberRepository members, PageFactory pages) {
        this.members = members;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/account")
    String account(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        // Personal data: no cache anywhere may keep this page.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Member member = members.findById(principal.id()).orElseThrow();
        model.addAttribute("page", pages.privatePage(lang, "/account", request));
        model.addAttribute(
                "member",
                new AccountView(
                        member.displayName(),
                        member.email(),
                        member.createdAt(),
                        member.roles().contains(Role.PROFESSIONAL)));
        return "accounts/account";
    }
}
