package org.mpscommons.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Remembers which browser registered, so that the confirmation link signs in that browser and no other. The browser
 * gets an HttpOnly cookie holding 256 random bits; only their hash is stored, beside the confirmation token. Opening
 * the link needs the mailbox, being signed in by it needs this browser too: a link opened elsewhere (another device, a
 * mail scanner) only confirms the address, as before. The cookie lives as long as the link does.
 */
@Component
class RegisteringBrowser {

    static final String NAME = "mps_registered";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LENGTH = 100;

    /** Gives the browser a new value and returns the hash to store with the confirmation token. */
    String bind(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        write(value, AccountTokens.Purpose.VERIFY_EMAIL.lifetime.toSeconds(), request, response);
        return AccountTokens.hash(value);
    }

    /** Whether this request comes from the browser whose value hashes to {@code expected}. */
    boolean matches(String expected, HttpServletRequest request) {
        if (expected == null) {
            return false;
        }
        return value(request)
                .map(value -> MessageDigest.isEqual(
                        AccountTokens.hash(value).getBytes(StandardCharsets.US_ASCII),
                        expected.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    /** Once used (or useless), the cookie goes: it has no other purpose. */
    void forget(HttpServletRequest request, HttpServletResponse response) {
        if (value(request).isPresent()) {
            write("", 0, request, response);
        }
    }

    private static Optional<String> value(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())
                    && !cookie.getValue().isEmpty()
                    && cookie.getValue().length() <= MAX_LENGTH) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static void write(
            String value, long maxAgeSeconds, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(NAME, value)
                .path("/")
                .maxAge(maxAgeSeconds)
                .httpOnly(true)
                .secure(request.isSecure())
                // Lax: sent when the link from the mail opens the page, and with the button's POST from it.
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
