package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in the verification mail opens a page with a button; only pressing it (a POST) verifies. Mail scanners
 * that follow links therefore cannot use up the token, and nothing changes on a GET. Pressed in the browser that
 * registered, it also signs in ({@link ConfirmationSignIn}); anywhere else it only confirms.
 */
@Controller
class EmailVerificationController {

    private final AccountTokens tokens;
    private final MemberRepository members;
    private final PageFactory pages;
    private final Clock clock;
    private final ConfirmationSignIn signIn;

    EmailVerificationController(
            AccountTokens tokens, MemberRepository members, PageFactory pages, Clock clock, ConfirmationSignIn signIn) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.members = members;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/" + Routes.LANG + "/verify-email")
    String confirmPage(
            @PathVariable Language lang,
            @RequestParam(required = false) String token,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/verify-email", request));
        model.addAttribute("token", token);
        model.addAttribute("usable", tokens.isUsable(token, AccountTokens.Purpose.VERIFY_EMAIL));
        return "accounts/verify-email";
    }

    @PostMapping("/" + Routes.LANG + "/verify-email")
    @Transactional
    String verify(
            @PathVariable Language lang,
            @RequestParam(required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String boundTo = tokens.browserHash(token).orElse(null);
        var member = tokens.consume(token, AccountTokens.Purpose.VERIFY_EMAIL);
        if (member.isEmpty()) {
            model.addAttribute("page", pages.privatePage(lang, "/verify-email", request));
            model.addAttribute("token", null);
            model.addAttribute("usable", false);
            return "accounts/verify-email";
        }
        members.markEmailVerified(member.get(), clock.instant());
        if (signIn.signInIfSameBrowser(member.get(), boundTo, request, response)) {
            return "redirect:/" + lang.code() + "/account?confirmed";
        }
        return "redirect:/" + lang.code() + "/login?verified";
    }
}
