package org.mpscommons;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A valid CSRF token for MockMvc requests, the way a browser sends it: the token in the cookie, its masked form in
 * the {@code _csrf} field. Spring Security's own {@code csrf()} post-processor would instead replace the application's
 * token repository with a session-based one, on the filter chain every later test shares: from then on every
 * visitor got a session.
 */
public final class CookieCsrf {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CookieCsrf() {}

    public static RequestPostProcessor valid() {
        return request -> {
            String token = "test-" + Long.toHexString(RANDOM.nextLong());
            // Added to the request's other cookies (a test may send the doctor kit's), not in their place.
            Cookie[] others = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            Cookie[] cookies = java.util.Arrays.copyOf(others, others.length + 1);
            cookies[others.length] = new Cookie("mps_csrf", token);
            request.setCookies(cookies);
            request.setParameter("_csrf", masked(token));
            return request;
        };
    }

    /** What Spring Security's XorCsrfTokenRequestAttributeHandler writes into a page for this token. */
    private static String masked(String token) {
        byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
        byte[] mask = new byte[tokenBytes.length];
        RANDOM.nextBytes(mask);
        byte[] combined = new byte[tokenBytes.length * 2];
        System.arraycopy(mask, 0, combined, 0, mask.length);
        for (int i = 0; i < tokenBytes.length; i++) {
            combined[mask.length + i] = (byte) (mask[i] ^ tokenBytes[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }
}
