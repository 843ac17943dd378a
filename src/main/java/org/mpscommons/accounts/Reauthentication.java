package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.mpscommons.web.FormErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A fresh proof for the weightiest actions (changing the password or address, exporting or deleting everything): the
 * password again, and the second factor too when the member has one, checked at the moment of the action. Wrong ones
 * count with the sign-in limits ({@link SignInLimits}): a signed-in session is no place to guess the password.
 */
@Component
class Reauthentication {

    private static final Logger log = LoggerFactory.getLogger(Reauthentication.class);

    private final MemberRepository members;
    private final PasswordEncoder encoder;
    private final TwoFactor twoFactor;
    private final SignInLimits limits;
    private final Clock clock;

    Reauthentication(
            MemberRepository members, PasswordEncoder encoder, TwoFactor twoFactor, SignInLimits limits, Clock clock) {
        this.members = members;
        this.encoder = encoder;
        this.twoFactor = twoFactor;
        this.limits = limits;
        this.clock = clock;
    }

    boolean needsCode(long memberId) {
        return twoFactor.isEnabled(memberId);
    }

    /** The password (field "password"), then the code (field "code") when the member has two-factor sign-in on. */
    FormErrors check(long memberId, String password, String code, HttpServletRequest request) {
        FormErrors errors = checkPassword(memberId, password, "password", request);
        if (errors.any() || !twoFactor.isEnabled(memberId)) {
            return errors;
        }
        Throttle.Attempt attempt = limits.code(memberId);
        if (attempt.refused()) {
            log.warn("Second factor again throttled for member {} from {}", memberId, request.getRemoteAddr());
            return throttled(errors, "code", attempt);
        }
        if (!twoFactor.verify(memberId, code)) {
            log.info("Wrong second factor again for member {} from {}", memberId, request.getRemoteAddr());
            return errors.reject("code", "form.code.wrong");
        }
        limits.codeRight(attempt);
        return errors;
    }

    /**
     * The member's current password, its problem (if any) reported on {@code field}. Over the limits even the right
     * password is refused, unchecked, with the time to wait.
     */
    FormErrors checkPassword(long memberId, String password, String field, HttpServletRequest request) {
        FormErrors errors = new FormErrors();
        Member member = members.findById(memberId).orElseThrow();
        Throttle.Attempt attempt = limits.password(member.email(), request);
        if (attempt.refused()) {
            log.warn("Password again throttled for member {} from {}", memberId, request.getRemoteAddr());
            return throttled(errors, field, attempt);
        }
        if (password == null || password.isEmpty() || !encoder.matches(password, member.passwordHash())) {
            log.info("Wrong password again for member {} from {}", memberId, request.getRemoteAddr());
            return errors.reject(field, "form.password.wrong");
        }
        limits.passwordRight(attempt, member.email(), request);
        return errors;
    }

    /** "Try again in N minutes", rounded up, never less than one. */
    private FormErrors throttled(FormErrors errors, String field, Throttle.Attempt attempt) {
        long seconds = Duration.between(clock.instant(), attempt.refusedUntil()).toSeconds();
        long minutes = Math.max(1, (seconds + 59) / 60);
        return errors.reject(field, "form.reauth.throttled", minutes);
    }
}
