package org.mpscommons.accounts;

import java.util.function.Predicate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Route rules for staff powers, for a feature's {@code SecurityCustomizer}. They ask {@link MemberPrincipal}, so a
 * route guarded here and a check inside a controller follow the same rule: the role, in a session that passed the
 * second factor. A member who holds the role without that is sent to give it (see {@link AccountsSecurity}).
 */
@NamedInterface("api")
public final class Powers {

    public static AuthorizationManager<RequestAuthorizationContext> moderators() {
        return of(MemberPrincipal::isModerator);
    }

    public static AuthorizationManager<RequestAuthorizationContext> editors() {
        return of(MemberPrincipal::isEditor);
    }

    public static AuthorizationManager<RequestAuthorizationContext> admins() {
        return of(MemberPrincipal::isAdmin);
    }

    private static AuthorizationManager<RequestAuthorizationContext> of(Predicate<MemberPrincipal> power) {
        return (authentication, context) -> new AuthorizationDecision(authentication.get() != null
                && authentication.get().getPrincipal() instanceof MemberPrincipal member
                && power.test(member));
    }

    private Powers() {}
}
