package org.mpscommons.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mpscommons.web.FormErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords. Asking for a reset answers the same whether or not the address has an account; the link is
 * valid once, for 30 minutes. Setting a new password ends every session of the account.
 */
@Service
class PasswordReset {

    private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

    /** Reset mails per address an hour: enough for a lost first mail, too few to flood someone's inbox. */
    static final int PER_ACCOUNT = 3;
    /** Reset requests from one IP address an hour, for any addresses. */
    static final int PER_IP = 10;

    static final Duration WINDOW = Duration.ofHours(1);

    private final MemberRepository members;
    private final AccountTokens tokens;
    private final ResetLinks links;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final MemberSessions sessions;
    private final Clock clock;
    private final Throttle throttle;

    PasswordReset(
            MemberRepository members,
            AccountTokens tokens,
            ResetLinks links,
            PasswordPolicy passwords,
            PasswordEncoder encoder,
            MemberSessions sessions,
            Clock clock,
            Throttle throttle) {
        this.throttle = throttle;
        this.members = members;
        this.tokens = tokens;
        this.links = links;
        this.passwords = passwords;
        this.encoder = encoder;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Mails a reset link if the address belongs to a member and no limit is reached; the caller says the same thing
     * in every case, so neither the answer nor the limits reveal whether the address has an account. Nor does the
     * work: the request itself only counts the limits (the same for any address); looking the address up and
     * mailing happen after the answer ({@link ResetLinks}).
     */
    void request(String email, String ip) {
        if (email == null || email.isBlank() || email.length() > Registration.EMAIL_MAX) {
            return;
        }
        Throttle.Attempt attempt = throttle.attempt(List.of(
                new Throttle.Limit("reset-ip:" + ip, PER_IP, WINDOW),
                new Throttle.Limit(Throttle.emailBucket("reset-account", email), PER_ACCOUNT, WINDOW)));
        if (attempt.refused()) {
            log.warn("Password reset throttled for {}", ip);
            return;
        }
        links.mailIfMember(email);
    }

    boolean isUsable(String token) {
        return tokens.isUsable(token, AccountTokens.Purpose.RESET_PASSWORD);
    }

    FormErrors validate(String token, String password) {
        FormErrors errors = new FormErrors();
        Optional<Member> member =
                tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD).flatMap(members::findById);
        passwords
                .problem(
                        password,
                        member.map(Member::email).orElse(""),
                        member.map(Member::displayName).orElse(""))
                .ifPresent(key -> errors.reject("password", key));
        return errors;
    }

    /** Sets the new password if the token is still good; false if it expired or was used meanwhile. */
    @Transactional
    boolean complete(String token, String password) {
        Optional<Long> memberId = tokens.consume(token, AccountTokens.Purpose.RESET_PASSWORD);
        if (memberId.isEmpty()) {
            return false;
        }
        long id = memberId.get();
        members.updatePassword(id, encoder.encode(password));
        // The link proved the mailbox is theirs.
        members.markEmailVerified(id, clock.instant());
        tokens.voidAll(id, AccountTokens.Purpose.RESET_PASSWORD);
        sessions.endAll(id);
        log.info("Member {} set a new password by reset link", id);
        return true;
    }
}
