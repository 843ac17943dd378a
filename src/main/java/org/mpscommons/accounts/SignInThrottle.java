package org.mpscommons.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mpscommons.web.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing at sign-in without letting an attacker lock the owner out ({@link SignInLimits}). The
 * attempt is counted before Spring Security checks the password, and taken back when the password was right.
 */
@Component
class SignInThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final String ATTEMPT = SignInThrottle.class.getName() + ".attempt";

    private final SignInLimits limits;
    private final DeviceCookie devices;

    SignInThrottle(SignInLimits limits, DeviceCookie devices) {
        this.limits = limits;
        this.devices = devices;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().matches("/(en|ja)/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Throttle.Attempt attempt = limits.password(request.getParameter("email"), request);
        if (attempt.refused()) {
            log.warn("Sign-in throttled for {}", request.getRemoteAddr());
            Language language = Language.ofPath(request.getRequestURI()).orElse(Language.fallback());
            response.sendRedirect("/" + language.code() + "/login?throttled");
            return;
        }
        request.setAttribute(ATTEMPT, attempt);
        chain.doFilter(request, response);
    }

    void succeeded(HttpServletRequest request, HttpServletResponse response) {
        String email = request.getParameter("email");
        limits.passwordRight((Throttle.Attempt) request.getAttribute(ATTEMPT), email, request);
        devices.issue(email, request, response);
    }
}
