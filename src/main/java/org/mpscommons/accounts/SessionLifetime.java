package org.mpscommons.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute limit of a signed-in session, however active: after it, the session ends and the member signs in
 * again (or is signed in again by "remember me"). The idle limit is Spring Session's (spring.session.timeout).
 */
@Component
class SessionLifetime extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionLifetime.class);
    static final String SIGNED_IN_AT = "mps.signedInAt";

    private final Clock clock;
    private final Duration maxAge;

    SessionLifetime(Clock clock, @Value("${mps.session.max-age:PT12H}") Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    static void markSignedIn(HttpServletRequest request, Clock clock) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn
                && clock.instant().isAfter(signedIn.plus(maxAge))) {
            log.info("Session ended after its maximum age");
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
