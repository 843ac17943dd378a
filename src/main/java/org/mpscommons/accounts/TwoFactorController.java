package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.QrSvg;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Turning on two-factor sign-in: scan the QR code (or type the secret), prove it with a code, keep the recovery codes. */
@Controller
class TwoFactorController {

    /** The secret being set up lives in the session until a code proves the app has it. */
    private static final String ENROLMENT = "mps.totpEnrolment";

    private static final String ISSUER = "MPS Commons";

    private final TwoFactor twoFactor;
    private final PageFactory pages;

    TwoFactorController(TwoFactor twoFactor, PageFactory pages) {
        this.twoFactor = twoFactor;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/account/two-factor")
    String initForm(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return form(lang, member, new FormErrors(), request, response, model);
    }

    @PostMapping("/" + Routes.LANG + "/account/two-factor")
    String processForm(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(ENROLMENT);
        if (secret == null || twoFactor.isEnabled(member.id())) {
            return "redirect:/" + lang.code() + "/account/two-factor";
        }
        var codes = twoFactor.enable(member.id(), secret, code);
        if (codes.isEmpty()) {
            return form(lang, member, new FormErrors().reject("code", "form.code.wrong"), request, response, model);
        }
        session.removeAttribute(ENROLMENT);
        proveSecondFactor(request, response);
        noStore(response);
        model.addAttribute("page", pages.privatePage(lang, "/account/two-factor", request));
        model.addAttribute("codes", codes.get());
        return "accounts/recovery-codes";
    }

    private String form(
            Language lang,
            MemberPrincipal member,
            FormErrors errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        noStore(response);
        TwoFactorEnrolment enrolment;
        if (twoFactor.isEnabled(member.id())) {
            enrolment = new TwoFactorEnrolment(true, twoFactor.unusedRecoveryCodes(member.id()), null, null, null);
        } else {
            HttpSession session = request.getSession();
            String secret = (String) session.getAttribute(ENROLMENT);
            if (secret == null) {
                secret = Totp.newSecret();
                session.setAttribute(ENROLMENT, secret);
            }
            String uri = Totp.otpauthUri(ISSUER, member.displayName(), secret);
            String title =
                    pages.privatePage(lang, "/account/two-factor", request).t("twoFactor.qrTitle");
            enrolment = new TwoFactorEnrolment(false, 0, grouped(secret), uri, QrSvg.render(uri, title));
        }
        model.addAttribute("page", pages.privatePage(lang, "/account/two-factor", request));
        model.addAttribute("view", new TwoFactorPage(enrolment, errors, request.getParameter("required") != null));
        return "accounts/two-factor";
    }

    /** The member just showed a valid code: this session now counts as signed in with two factors. */
    private void proveSecondFactor(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        SecondFactorSession.establish(
                (MemberPrincipal) current.getPrincipal(), current.getAuthorities(), request, response);
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    private static String grouped(String secret) {
        return String.join(" ", List.of(secret.split("(?<=\\G.{4})")));
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
