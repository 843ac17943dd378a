package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
    private final Profiles profiles;
    private final PageFactory pages;
    private final List<AccountPage.Section> sections;

    AccountController(MemberRepository members, Profiles profiles, PageFactory pages, List<AccountLink> links) {
        this.members = members;
        this.profiles = profiles;
        this.pages = pages;
        this.sections = AccountPage.sections(links);
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
        AccountView view = new AccountView(
                member.displayName(),
                member.email(),
                member.createdAt(),
                member.roles().contains(Role.PROFESSIONAL));
        model.addAttribute(
                "view",
                new AccountPage(
                        view,
                        profiles.find(member.id()).orElseThrow().avatar(),
                        sections,
                        request.getParameter("confirmed") != null));
        return "accounts/account";
    }
}
