package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs in the browser that registered when it confirms the address: the person typed their password there moments
 * (or hours) ago, so asking for it again only stands in their way. Only that browser ({@link RegisteringBrowser}), and
 * only a member who would be signed in by the password alone: not a suspended one, and not one whose sign-in needs a
 * second factor (staff roles or two-factor sign-in turned on, which a new member cannot have, yet is checked). The
 * session gets a new id, as at every sign-in; no "keep me signed in" cookie is made, as nobody asked for one.
 */
@Component
class ConfirmationSignIn {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationSignIn.class);
    private static final HttpSessionSecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private final MemberRepository members;
    private final TwoFactor twoFactor;
    private final RegisteringBrowser registeringBrowser;
    private final DeviceCookie devices;
    private final Clock clock;

    ConfirmationSignIn(
            MemberRepository members,
            TwoFactor twoFactor,
            RegisteringBrowser registeringBrowser,
            DeviceCookie devices,
            Clock clock) {
        this.members = members;
        this.twoFactor = twoFactor;
        this.registeringBrowser = registeringBrowser;
        this.devices = devices;
        this.clock = clock;
    }

    /**
     * Signs this browser in as the member whose address was just confirmed, if it is the browser that registered.
     *
     * @param boundTo the hash the confirmation token was bound to at registration, if any
     * @return whether it did
     */
    boolean signInIfSameBrowser(
            long memberId, String boundTo, HttpServletRequest request, HttpServletResponse response) {
        boolean sameBrowser = registeringBrowser.matches(boundTo, request);
        registeringBrowser.forget(request, response);
        if (!sameBrowser) {
            return false;
        }
        Member member = members.findById(memberId).orElse(null);
        if (member == null) {
            return false;
        }
        MemberPrincipal principal = MemberPrincipal.of(member);
        if (!principal.isEnabled()
                || !principal.isAccountNonLocked()
                || principal.needsSecondFactor()
                || twoFactor.isEnabled(memberId)) {
            return false;
        }
        principal.eraseCredentials();
        // A new session id for the now signed-in session, as at any sign-in (no fixation of a visitor's session).
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
        request.getSession()
                .setAttribute(MemberSessions.DEVICE_ATTRIBUTE, Devices.describe(request.getHeader("User-Agent")));
        SessionLifetime.markSignedIn(request, clock);
        devices.issue(member.email(), request, response);
        log.info("Member {} confirmed the address and was signed in from {}", memberId, request.getRemoteAddr());
        return true;
    }
}
