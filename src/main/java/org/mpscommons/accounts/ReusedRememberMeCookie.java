package org.mpscommons.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mpscommons.web.LanguagePreference;
import org.mpscommons.web.SecurityCustomizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A remember-me value used again after it changed ({@link RememberMe}) ends every remembered browser of the member;
 * Spring Security lets that exception through as a server error. Here the visitor is sent to the sign-in page instead,
 * in their language, which says what happened and what to do.
 */
@Component
class ReusedRememberMeCookie implements SecurityCustomizer {

    private final LanguagePreference preference;

    ReusedRememberMeCookie(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void customize(HttpSecurity http) {
        http.addFilterBefore(new Explain(), RememberMeAuthenticationFilter.class);
    }

    /** Not a bean, so that it runs in the security chain only. */
    private final class Explain extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (CookieTheftException reused) {
                if (response.isCommitted()) {
                    throw reused;
                }
                // RememberMe has already removed the cookie (its Set-Cookie stays on this answer).
                response.sendRedirect(
                        "/" + AccountsSecurity.language(request, preference).code() + "/login?reused");
            }
        }
    }
}
