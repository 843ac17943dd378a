package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The sign-in page; Spring Security processes what it posts (see AccountsSecurity). */
@Controller
class LoginController {

    /** Session attribute holding why a member who just gave the right password is suspended. */
    static final String SUSPENSION_REASON = "mps.suspensionReason";

    private final PageFactory pages;

    LoginController(PageFactory pages) {
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/login")
    String loginPage(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/login", request));
        model.addAttribute("notice", notice(request));
        model.addAttribute("suspensionReason", suspensionReason(request));
        // The page the sign-in link came from, checked here and again when the form comes back.
        model.addAttribute("next", ReturnAfterSignIn.of(request).orElse(null));
        return "accounts/login";
    }

    private static String suspensionReason(HttpServletRequest request) {
        var session = request.getSession(false);
        if (request.getParameter("suspended") == null || session == null) {
            return null;
        }
        Object reason = session.getAttribute(SUSPENSION_REASON);
        session.removeAttribute(SUSPENSION_REASON);
        return reason instanceof String text ? text : null;
    }

    /** The message key for what brought the visitor back here, if anything. */
    private static String notice(HttpServletRequest request) {
        if (request.getParameter("error") != null) {
            return "login.failed";
        }
        if (request.getParameter("unverified") != null) {
            return "login.unverified";
        }
        if (request.getParameter("verified") != null) {
            return "login.verified";
        }
        if (request.getParameter("suspended") != null) {
            return "login.suspended";
        }
        if (request.getParameter("expired") != null) {
            return "login.expired";
        }
        if (request.getParameter("throttled") != null) {
            return "login.throttled";
        }
        if (request.getParameter("reset") != null) {
            return "login.reset";
        }
        if (request.getParameter("code") != null) {
            return "login.code";
        }
        if (request.getParameter("reused") != null) {
            return "login.reused";
        }
        if (request.getParameter("kept") != null) {
            // The forum keeps a text whose session had ended until its writer signs in again.
            return "login.kept";
        }
        return null;
    }
}
