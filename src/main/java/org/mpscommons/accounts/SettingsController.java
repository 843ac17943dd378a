package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.LanguagePreference;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member's settings: language, password, email address, and the sessions signed in to their account. */
@Controller
class SettingsController {

    private final AccountSettings settings;
    private final MemberRepository members;
    private final MemberSessions sessions;
    private final AccountTokens tokens;
    private final PageFactory pages;
    private final LanguagePreference preference;

    SettingsController(
            AccountSettings settings,
            MemberRepository members,
            MemberSessions sessions,
            AccountTokens tokens,
            PageFactory pages,
            LanguagePreference preference) {
        this.preference = preference;
        this.settings = settings;
        this.members = members;
        this.sessions = sessions;
        this.tokens = tokens;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/account/settings")
    String settings(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return page(lang, member, new FormErrors(), request.getParameter("done"), request, response, model);
    }

    /** The member's language: for mails, and remembered in this browser like a use of the language switch. */
    @PostMapping("/" + Routes.LANG + "/account/settings/language")
    String language(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            @RequestParam Language language,
            HttpServletRequest request,
            HttpServletResponse response) {
        settings.changeLanguage(member.id(), language);
        preference.remember(language, request, response);
        return "redirect:/" + language.code() + "/account/settings?done=language";
    }

    @PostMapping("/" + Routes.LANG + "/account/settings/password")
    String password(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        FormErrors errors = settings.changePassword(member.id(), currentPassword, newPassword, request);
        if (errors.any()) {
            return page(lang, member, errors, null, request, response, model);
        }
        return "redirect:/" + lang.code() + "/account/settings?done=password";
    }

    @PostMapping("/" + Routes.LANG + "/account/settings/email")
    String email(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(defaultValue = "") String emailPassword,
            @RequestParam(defaultValue = "") String newEmail,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        FormErrors errors = settings.requestEmailChange(member.id(), emailPassword, newEmail, request);
        if (errors.any()) {
            return page(lang, member, errors, null, request, response, model);
        }
        return "redirect:/" + lang.code() + "/account/settings?done=email";
    }

    @PostMapping("/" + Routes.LANG + "/account/settings/sign-out-everywhere")
    String signOutEverywhere(@PathVariable Language lang, @AuthenticationPrincipal MemberPrincipal member) {
        sessions.endAll(member.id());
        return "redirect:/" + lang.code() + "/login";
    }

    @GetMapping("/" + Routes.LANG + "/account/email/confirm")
    String confirmEmailPage(
            @PathVariable Language lang,
            @RequestParam(required = false) String token,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/account/email/confirm", request));
        model.addAttribute("token", token);
        model.addAttribute("newEmail", tokens.newEmail(token).orElse(null));
        return "accounts/email-confirm";
    }

    @PostMapping("/" + Routes.LANG + "/account/email/confirm")
    String confirmEmail(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "") String token,
            HttpServletRequest request,
            Model model) {
        if (!settings.confirmEmailChange(token)) {
            return confirmEmailPage(lang, null, request, model);
        }
        return "redirect:/" + lang.code() + "/account/settings?done=emailChanged";
    }

    private String page(
            Language lang,
            MemberPrincipal principal,
            FormErrors errors,
            String done,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Member member = members.findById(principal.id()).orElseThrow();
        model.addAttribute("page", pages.privatePage(lang, "/account/settings", request));
        String doneKey = done == null || !done.matches("[a-zA-Z]+") ? null : "settings.done." + done;
        model.addAttribute(
                "view",
                new SettingsPage(
                        errors,
                        doneKey,
                        member.language().code(),
                        sessions.list(principal.id(), request.getSession().getId())));
        return "accounts/settings";
    }
}
