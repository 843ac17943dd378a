package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Base64;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Keeps the CSRF token in a cookie instead of the session, so that a visitor reading the forum (or a crawler, or a load
 * test) never creates a server-side session, yet every form still carries a token the server checks against the
 * cookie. HttpOnly and SameSite=Lax; over TLS also Secure and {@code __Host-} prefixed, as the session cookie is.
 * The token in the page is masked per response (Spring Security's default handler), so compression cannot leak it.
 */
final class CsrfCookies implements CsrfTokenRepository {

    private final CookieCsrfTokenRepository plain = repository("mps_csrf", false);
    private final CookieCsrfTokenRepository secure = repository("__Host-csrf", true);

    /** The repository's own tokens are random UUIDs, drawn under the JDK's global lock; these are not. */
    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        byte[] bytes = new byte[24];
        ThreadLocalSecureRandom.INSTANCE.nextBytes(bytes);
        return new DefaultCsrfToken(
                "X-XSRF-TOKEN", "_csrf", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        pick(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return pick(request).loadToken(request);
    }

    private CookieCsrfTokenRepository pick(HttpServletRequest request) {
        return request.isSecure() ? secure : plain;
    }

    private static CookieCsrfTokenRepository repository(String name, boolean secure) {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(name);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(
                cookie -> cookie.httpOnly(true).sameSite("Lax").secure(secure));
        return repository;
    }
}
