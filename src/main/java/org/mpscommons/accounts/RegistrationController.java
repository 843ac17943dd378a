package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.FormTimer;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class RegistrationController {

    private final Registration registration;
    private final PageFactory pages;
    private final FormTimer formTimer;
    private final RegisteringBrowser registeringBrowser;

    RegistrationController(
            Registration registration, PageFactory pages, FormTimer formTimer, RegisteringBrowser registeringBrowser) {
        this.registeringBrowser = registeringBrowser;
        this.registration = registration;
        this.pages = pages;
        this.formTimer = formTimer;
    }

    @GetMapping("/" + Routes.LANG + "/register")
    String initForm(@PathVariable Language lang, HttpServletRequest request, Model model) {
        return form(lang, RegistrationForm.empty(formTimer.stamp()), new FormErrors(), request, model);
    }

    @PostMapping("/" + Routes.LANG + "/register")
    String processForm(
            @PathVariable Language lang,
            @ModelAttribute RegistrationForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (registration.caughtByHoneypot(form)) {
            // A bot is told the same as everyone else, and nothing is saved (register refuses it and logs it).
            registration.register(form, lang, request.getRemoteAddr(), null);
            return "redirect:/" + lang.code() + "/register/check-email";
        }
        if (registration.sentTooFast(form)) {
            // Autofill sends the form within a second. Saying "check your email" then would leave the person waiting
            // for a mail that never comes: they see their form again, to check it and send it once more. Nothing is
            // saved or mailed, so a bot gains nothing.
            model.addAttribute("sentTooFast", true);
            return form(lang, form.againFrom(formTimer.stamp()), registration.validate(form), request, model);
        }
        FormErrors errors = registration.validate(form);
        if (registration.throttled(request.getRemoteAddr())) {
            errors = new FormErrors().reject("displayName", "form.register.throttled");
        }
        if (errors.any()) {
            return form(lang, form.withoutPassword(), errors, request, model);
        }
        // Whether or not the address has an account, the browser gets the same cookie: the answer reveals nothing.
        String browser = registeringBrowser.bind(request, response);
        if (registration.register(form, lang, request.getRemoteAddr(), browser) == Registration.Outcome.THROTTLED) {
            // Reached by requests sent together, past the check above: the limit is counted once, in register.
            return form(
                    lang,
                    form.withoutPassword(),
                    new FormErrors().reject("displayName", "form.register.throttled"),
                    request,
                    model);
        }
        return "redirect:/" + lang.code() + "/register/check-email";
    }

    @GetMapping("/" + Routes.LANG + "/register/check-email")
    String checkEmail(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/register/check-email", request));
        return "accounts/check-email";
    }

    private String form(
            Language lang, RegistrationForm form, FormErrors errors, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/register", request));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sentTooFast", Boolean.TRUE.equals(model.getAttribute("sentTooFast")));
        return "accounts/register";
    }
}
