package org.mpscommons.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.mpscommons.web.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing without letting an attacker lock the owner out. Failed sign-ins are counted per IP address,
 * per account and address, and per account. The per-account limit (the one a distributed attack would hit) does not
 * apply in a browser that has signed in to that account before (see {@link DeviceCookie}).
 */
@Component
class SignInThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** A shared IP (an office, a mobile carrier) hosts many people who mistype now and then. */
    static final int PER_IP = 30;
    /** One person mistyping their own password rarely fails five times in a row. */
    static final int PER_ACCOUNT_AND_IP = 5;
    /** Guessing one account from many addresses; the owner's known browser is exempt. */
    static final int PER_ACCOUNT = 20;
    static final Duration SHORT_WINDOW = Duration.ofMinutes(15);
    static final Duration LONG_WINDOW = Duration.ofHours(1);

    private final Throttle throttle;
    private final DeviceCookie devices;

    SignInThrottle(Throttle throttle, DeviceCookie devices) {
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().matches("/(en|ja)/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isThrottled(request)) {
            log.warn("Sign-in throttled for {}", request.getRemoteAddr());
            Language language = Language.ofPath(request.getRequestURI()).orElse(Language.fallback());
            response.sendRedirect("/" + language.code() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean isThrottled(HttpServletRequest request) {
        String ip = request.getRemoteAddr();
        String email = request.getParameter("email");
        return throttle.reached("signin-ip:" + ip, PER_IP, SHORT_WINDOW)
                || throttle.reached(accountAndIp(email, ip), PER_ACCOUNT_AND_IP, SHORT_WINDOW)
                || (throttle.reached(Throttle.emailBucket("signin-account", email), PER_ACCOUNT, LONG_WINDOW)
                        && !devices.isKnownFor(email, request));
    }

    void failed(HttpServletRequest request) {
        String ip = request.getRemoteAddr();
        String email = request.getParameter("email");
        throttle.record("signin-ip:" + ip);
        throttle.record(accountAndIp(email, ip));
        throttle.record(Throttle.emailBucket("signin-account", email));
    }

    void succeeded(HttpServletRequest request, HttpServletResponse response) {
        String email = request.getParameter("email");
        throttle.clear(accountAndIp(email, request.getRemoteAddr()));
        devices.issue(email, request, response);
    }

    private static String accountAndIp(String email, String ip) {
        return Throttle.emailBucket("signin-account-ip", email) + ":" + ip;
    }
}
