package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Profiles. Anyone may read one (forum readers will follow an author's name here), but profiles are kept out of
 * search engines: belonging to an MPS community is itself something a person may not want found by their name.
 */
@Controller
class ProfileController {

    private final Profiles profiles;
    private final Avatars avatars;
    private final PageFactory pages;

    ProfileController(Profiles profiles, Avatars avatars, PageFactory pages) {
        this.profiles = profiles;
        this.avatars = avatars;
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
            @RequestParam(required = false) String picture,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("notice", picture == null ? null : PICTURE_NOTICES.get(picture));
        return form(lang, profiles.find(member.id()).orElseThrow(), new FormErrors(), request, model);
    }

    /** The picture goes in a form of its own: it is sent as a file, and saved or refused on its own. */
    @PostMapping("/" + Routes.LANG + "/account/profile/picture")
    String uploadPicture(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(name = "picture", required = false) MultipartFile picture,
            HttpServletRequest request,
            Model model) {
        String refusal = avatars.upload(member.id(), picture);
        if (refusal != null) {
            return form(
                    lang,
                    profiles.find(member.id()).orElseThrow(),
                    new FormErrors().reject("picture", refusal),
                    request,
                    model);
        }
        return "redirect:/" + lang.code() + "/account/profile?picture=saved#picture-heading";
    }

    @PostMapping("/" + Routes.LANG + "/account/profile/picture/remove")
    String removePicture(@PathVariable Language lang, @AuthenticationPrincipal MemberPrincipal member) {
        avatars.remove(member.id());
        return "redirect:/" + lang.code() + "/account/profile?picture=removed#picture-heading";
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
                    current.memberSince(),
                    current.avatar());
            return form(lang, typed, errors, request, model);
        }
        return "redirect:/" + lang.code() + "/members/" + member.id();
    }

    private static final Map<String, String> PICTURE_NOTICES =
            Map.of("saved", "avatar.saved", "removed", "avatar.removed");

    private String form(Language lang, Profile profile, FormErrors errors, HttpServletRequest request, Model model) {
        model.addAttribute("notice", model.getAttribute("notice"));
        model.addAttribute("page", pages.privatePage(lang, "/account/profile", request));
        model.addAttribute("profile", profile);
        model.addAttribute("errors", errors);
        return "accounts/profile-edit";
    }
}
