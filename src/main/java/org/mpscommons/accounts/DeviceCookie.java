package org.mpscommons.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.mpscommons.web.SiteSecret;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * A signed cookie that a browser gets when someone signs in with it: "this browser has signed in to this account
 * before". When an account is under attack and locked for strangers, its owner, signing in from their usual browser,
 * still gets in (OWASP's device-cookie defence against lock-out).
 */
@Component
class DeviceCookie {

    static final String NAME = "mps_device";
    private static final Duration LIFETIME = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SiteSecret secret;

    DeviceCookie(SiteSecret secret) {
        this.secret = secret;
    }

    void issue(String email, HttpServletRequest request, HttpServletResponse response) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String payload =
                account(email) + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        ResponseCookie cookie = ResponseCookie.from(NAME, payload + "." + secret.sign("device:" + payload))
                .path("/")
                .maxAge(LIFETIME)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    boolean isKnownFor(String email, HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && matches(cookie.getValue(), email)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(String value, String email) {
        int last = value.lastIndexOf('.');
        if (last < 0) {
            return false;
        }
        String payload = value.substring(0, last);
        return payload.startsWith(account(email) + ".")
                && secret.verify("device:" + payload, value.substring(last + 1));
    }

    private static String account(String email) {
        return Throttle.emailHash(email);
    }
}
