package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.ReturnPath;
import org.mpscommons.web.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of signing in, for members with two-factor sign-in on: the code from their app. */
@Controller
class SecondFactorController {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorController.class);

    private final TwoFactor twoFactor;
    private final MemberRepository members;
    private final SignInLimits limits;
    private final PageFactory pages;
    private final Clock clock;
    private final PersistentTokenBasedRememberMeServices rememberMe;

    SecondFactorController(
            TwoFactor twoFactor,
            MemberRepository members,
            SignInLimits limits,
            PageFactory pages,
            Clock clock,
            PersistentTokenBasedRememberMeServices rememberMe) {
        this.twoFactor = twoFactor;
        this.members = members;
        this.limits = limits;
        this.pages = pages;
        this.clock = clock;
        this.rememberMe = rememberMe;
    }

    @GetMapping("/" + Routes.LANG + "/login/code")
    String codeForm(@PathVariable Language lang, HttpServletRequest request, Model model) {
        if (pending(request) == null) {
            return "redirect:/" + lang.code() + "/login";
        }
        return form(lang, new FormErrors(), request, model);
    }

    @PostMapping("/" + Routes.LANG + "/login/code")
    String checkCode(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        PendingSignIn pending = pending(request);
        if (pending == null) {
            return "redirect:/" + lang.code() + "/login?expired";
        }
        HttpSession session = request.getSession();
        Throttle.Attempt attempt = limits.code(pending.memberId());
        if (attempt.refused()) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return "redirect:/" + lang.code() + "/login?throttled";
        }
        if (!twoFactor.verify(pending.memberId(), code)) {
            log.info("Wrong second factor for member {} from {}", pending.memberId(), request.getRemoteAddr());
            session.setAttribute(PendingSignIn.ATTRIBUTE, pending.failedOnce());
            if (pending.failedOnce().expired(clock.instant())) {
                session.removeAttribute(PendingSignIn.ATTRIBUTE);
                return "redirect:/" + lang.code() + "/login?expired";
            }
            return form(lang, new FormErrors().reject("code", "form.code.wrong"), request, model);
        }
        limits.codeRight(attempt);
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        signIn(pending, request, response);
        log.info("Member {} signed in with two factors from {}", pending.memberId(), request.getRemoteAddr());
        return "redirect:"
                + ReturnAfterSignIn.takeKept(request)
                        .map(ReturnPath::location)
                        .orElseGet(() -> afterSignIn(request, lang));
    }

    /**
     * Where the password's sign-in would have led when no page asked to come back: a site path saved for after signing
     * in (the forum saves the form a member was writing in), else the account page. Only a path on this site.
     */
    private static String afterSignIn(HttpServletRequest request, Language lang) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequest saved = cache.getRequest(request, null);
        String target = saved == null ? null : saved.getRedirectUrl();
        if (target != null && target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")) {
            cache.removeRequest(request, null);
            return target;
        }
        return "/" + lang.code() + "/account";
    }

    private void signIn(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        MemberPrincipal principal =
                MemberPrincipal.of(members.findById(pending.memberId()).orElseThrow());
        principal.eraseCredentials();
        // A new session id for the now signed-in session, as at any sign-in.
        request.changeSessionId();
        Authentication authentication =
                SecondFactorSession.establish(principal, principal.getAuthorities(), request, response);
        request.getSession()
                .setAttribute(MemberSessions.DEVICE_ATTRIBUTE, Devices.describe(request.getHeader("User-Agent")));
        SessionLifetime.markSignedIn(request, clock);
        if (pending.remember()) {
            // "Keep me signed in" was ticked at the password step; the browser is remembered only now, after both.
            rememberMe.loginSuccess(
                    new HttpServletRequestWrapper(request) {
                        @Override
                        public String getParameter(String name) {
                            return "remember".equals(name) ? "true" : super.getParameter(name);
                        }
                    },
                    response,
                    authentication);
        }
    }

    private PendingSignIn pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending)) {
            return null;
        }
        if (pending.expired(clock.instant())) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return null;
        }
        return pending;
    }

    private String form(Language lang, FormErrors errors, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/login/code", request));
        model.addAttribute("errors", errors);
        return "accounts/login-code";
    }
}
