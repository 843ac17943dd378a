package org.mpscommons.forum;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.ResponseCookie;

/**
 * How a guest, who has no account and no session, keeps seeing the comment they left while it waits for review: a
 * random value in a cookie of their browser; the post stores only its SHA-256.
 */
public final class GuestKey {

    static final String COOKIE = "mps_guest";

    /** As long as a comment may reasonably wait for a moderator. */
    private static final long MAX_AGE_SECONDS = 30L * 24 * 60 * 60;

    private static final SecureRandom RANDOM = new SecureRandom();

    private GuestKey() {}

    /** The hash of this browser's guest key, or null if it has none (or a malformed one). */
    public static String of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())
                    && cookie.getValue() != null
                    && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
                return hash(cookie.getValue());
            }
        }
        return null;
    }

    /** This browser's key hash, giving it a key first if it has none. */
    static String ensure(HttpServletRequest request, HttpServletResponse response) {
        String existing = of(request);
        if (existing != null) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        response.addHeader(
                "Set-Cookie",
                ResponseCookie.from(COOKIE, value)
                        .path("/")
                        .httpOnly(true)
                        .sameSite("Lax")
                        .secure(request.isSecure())
                        .maxAge(MAX_AGE_SECONDS)
                        .build()
                        .toString());
        return hash(value);
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
