package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Makes the current session signed in with both factors: after the code step, or right after turning 2FA on. */
final class SecondFactorSession {

    /** The authority of a session whose sign-in included the second factor. */
    static final String SECOND_FACTOR = "FACTOR_TOTP";

    private static final HttpSessionSecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    static Authentication establish(
            MemberPrincipal principal,
            Collection<? extends GrantedAuthority> authorities,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<GrantedAuthority> withFactor = new ArrayList<>(authorities);
        withFactor.add(new SimpleGrantedAuthority(SECOND_FACTOR));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal.withSecondFactor(), null, withFactor));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
        return context.getAuthentication();
    }

    private SecondFactorSession() {}
}
