package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PasswordResetController {

    private final PasswordReset reset;
    private final PageFactory pages;

    PasswordResetController(PasswordReset reset, PageFactory pages) {
        this.reset = reset;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/password-reset")
    String initRequestForm(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/password-reset", request));
        return "accounts/password-reset";
    }

    @PostMapping("/" + Routes.LANG + "/password-reset")
    String processRequestForm(
            @PathVariable Language lang, @RequestParam(defaultValue = "") String email, HttpServletRequest request) {
        reset.request(email, request.getRemoteAddr());
        return "redirect:/" + lang.code() + "/password-reset/sent";
    }

    @GetMapping("/" + Routes.LANG + "/password-reset/sent")
    String sent(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/password-reset/sent", request));
        return "accounts/password-reset-sent";
    }

    @GetMapping("/" + Routes.LANG + "/password-reset/new")
    String initNewPasswordForm(
            @PathVariable Language lang,
            @RequestParam(required = false) String token,
            HttpServletRequest request,
            Model model) {
        return newPasswordForm(lang, reset.isUsable(token) ? token : null, new FormErrors(), request, model);
    }

    @PostMapping("/" + Routes.LANG + "/password-reset/new")
    String processNewPasswordForm(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            Model model) {
        if (!reset.isUsable(token)) {
            return newPasswordForm(lang, null, new FormErrors(), request, model);
        }
        FormErrors errors = reset.validate(token, password);
        if (errors.any()) {
            return newPasswordForm(lang, token, errors, request, model);
        }
        if (!reset.complete(token, password)) {
            return newPasswordForm(lang, null, new FormErrors(), request, model);
        }
        return "redirect:/" + lang.code() + "/login?reset";
    }

    private String newPasswordForm(
            Language lang, String token, FormErrors errors, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/password-reset/new", request));
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        return "accounts/password-reset-new";
    }
}
