package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mpscommons.web.FormErrors;
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
 * Profiles. Anyone may read one (forum readers will follow an author's name here), but profiles are kept out of
 * search engines: belonging to an MPS community is itself something a person may not want found by their name.
 */
@Controller
class ProfileController {

    private final Profiles profiles;
    private final PageFactory pages;

    ProfileController(Profiles profiles, PageFactory pages) {
        this.profiles = profiles;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/members/{id}")
    String profile(@PathVariable Language lang, @PathVariable long id, HttpServletRequest request, Model model) {
        Profile profile = profiles.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", pages.privatePage(lang, "/members/" + id, request));
        model.addAttribute("profile", profile);
        return "accounts/profile";
    }

    @GetMapping("/" + Routes.LANG + "/account/profile")
    String editForm(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        return form(lang, profiles.find(member.id()).orElseThrow(), new FormErrors(), request, model);
    }

    @PostMapping("/" + Routes.LANG + "/account/profile")
    String update(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(defaultValue = "") String bio,
            @RequestParam(required = false) List<String> languages,
            HttpServletRequest request,
            Model model) {
        FormErrors errors = profiles.update(member.id(), bio, languages);
        if (errors.any()) {
            Profile current = profiles.find(member.id()).orElseThrow();
            Profile typed = new Profile(
                    current.id(),
                    current.displayName(),
                    bio,
                    languages == null ? List.of() : languages,
                    current.profession(),
                    current.memberSince());
            return form(lang, typed, errors, request, model);
        }
        return "redirect:/" + lang.code() + "/members/" + member.id();
    }

    private String form(Language lang, Profile profile, FormErrors errors, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/account/profile", request));
        model.addAttribute("profile", profile);
        model.addAttribute("errors", errors);
        return "accounts/profile-edit";
    }
}
