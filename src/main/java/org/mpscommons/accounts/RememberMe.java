package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

/**
 * "Keep me signed in" with Spring's persistent tokens (a series per browser, a value that changes at each use), made
 * to bear a browser's requests sent together: they all carry the value the browser had, and the first one changes
 * it. For {@link #GRACE} after a change the previous value still signs in (without changing it again); a value
 * older than that, or the previous one later, is a copy used elsewhere and ends every remembered browser of the
 * member ({@link CookieTheftException}, explained by {@link ReusedRememberMeCookie}). The change itself is a
 * compare-and-set, so two requests cannot both change the value and leave the browser with the losing one.
 * The cookie is HttpOnly, SameSite=Lax, and Secure over TLS.
 */
class RememberMe extends PersistentTokenBasedRememberMeServices {

    private static final Logger log = LoggerFactory.getLogger(RememberMe.class);
    /** Long enough for a page's requests on a slow mobile connection; short enough that a copy is soon noticed. */
    static final Duration GRACE = Duration.ofSeconds(60);

    private final PersistentTokenRepository tokens;
    private final JdbcClient jdbc;
    private final Clock clock;

    RememberMe(String key, UserDetailsService users, PersistentTokenRepository tokens, JdbcClient jdbc, Clock clock) {
        super(key, users, tokens);
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Series(String username, String token, String previousToken, Instant lastUsed) {}

    @Override
    protected UserDetails processAutoLoginCookie(
            String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
        if (cookieTokens.length != 2) {
            throw new InvalidCookieException("Remember-me cookie without series and value");
        }
        String series = cookieTokens[0];
        String presented = cookieTokens[1];
        Series stored = find(series).orElseThrow(() -> new RememberMeAuthenticationException("Unknown series"));
        Instant now = clock.instant();
        if (stored.lastUsed().plusSeconds(getTokenValiditySeconds()).isBefore(now)) {
            throw new RememberMeAuthenticationException("Remember-me login has expired");
        }
        if (presented.equals(stored.token())) {
            String next = generateTokenData();
            if (changeValue(series, presented, next, now)) {
                setCookie(new String[] {series, next}, getTokenValiditySeconds(), request, response);
            } else {
                // Another request of this browser changed it a moment ago: this one is within the grace.
                stored = find(series).orElseThrow(() -> new RememberMeAuthenticationException("Series removed"));
                requireGrace(stored, presented, now);
            }
        } else {
            requireGrace(stored, presented, now);
        }
        return getUserDetailsService().loadUserByUsername(stored.username());
    }

    private void requireGrace(Series stored, String presented, Instant now) {
        if (presented.equals(stored.previousToken())
                && now.isBefore(stored.lastUsed().plus(GRACE))) {
            return;
        }
        tokens.removeUserTokens(stored.username());
        log.warn(
                "An old remember-me value of member {} was used; every remembered browser of the member signed out",
                stored.username());
        throw new CookieTheftException("Remember-me value used again after it changed");
    }

    private Optional<Series> find(String series) {
        return jdbc.sql(
                        "SELECT username, token, previous_token, last_used FROM persistent_logins WHERE series = :series")
                .param("series", series)
                .query((rs, row) -> new Series(
                        rs.getString("username"),
                        rs.getString("token"),
                        rs.getString("previous_token"),
                        rs.getTimestamp("last_used").toInstant()))
                .optional();
    }

    /** Changes the value only if it is still the one presented: of two requests racing, exactly one changes it. */
    private boolean changeValue(String series, String presented, String next, Instant now) {
        return jdbc.sql("""
                        UPDATE persistent_logins SET previous_token = token, token = :next, last_used = :now
                        WHERE series = :series AND token = :presented""")
                        .param("next", next)
                        // The column has no time zone; Spring's JdbcTokenRepositoryImpl writes it the same way.
                        .param("now", Timestamp.from(now))
                        .param("series", series)
                        .param("presented", presented)
                        .update()
                == 1;
    }

    @Override
    protected void setCookie(
            String[] cookieTokens, int maxAge, HttpServletRequest request, HttpServletResponse response) {
        addCookie(encodeCookie(cookieTokens), Duration.ofSeconds(maxAge), request, response);
    }

    @Override
    protected void cancelCookie(HttpServletRequest request, HttpServletResponse response) {
        addCookie("", Duration.ZERO, request, response);
    }

    /** As Spring writes it, plus SameSite=Lax: sent when following a link to the site, not with others' forms. */
    private void addCookie(String value, Duration maxAge, HttpServletRequest request, HttpServletResponse response) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        ResponseCookie cookie = ResponseCookie.from(getCookieName(), value)
                .path(path)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
