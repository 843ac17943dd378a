package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import org.mpscommons.mail.Mailer;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member changing their own password, email address or language. Each change of credentials needs the password
 * ({@link Reauthentication}, counted with the sign-in limits); it is checked before the change's transaction opens.
 */
@Service
class AccountSettings {

    private static final Logger log = LoggerFactory.getLogger(AccountSettings.class);

    private final MemberRepository members;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final Mailer mailer;
    private final MemberSessions sessions;
    private final Clock clock;
    private final Reauthentication reauthentication;
    private final TransactionTemplate transaction;

    AccountSettings(
            MemberRepository members,
            PasswordPolicy passwords,
            PasswordEncoder encoder,
            AccountTokens tokens,
            AccountMails mails,
            Mailer mailer,
            MemberSessions sessions,
            Clock clock,
            Reauthentication reauthentication,
            TransactionTemplate transaction) {
        this.reauthentication = reauthentication;
        this.transaction = transaction;
        this.members = members;
        this.passwords = passwords;
        this.encoder = encoder;
        this.tokens = tokens;
        this.mails = mails;
        this.mailer = mailer;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Sets a new password; every other session of the member ends (the request's stays), and their address is told. */
    FormErrors changePassword(long memberId, String current, String replacement, HttpServletRequest request) {
        FormErrors errors = reauthentication.checkPassword(memberId, current, "currentPassword", request);
        Member member = members.findById(memberId).orElseThrow();
        passwords
                .problem(replacement, member.email(), member.displayName())
                .ifPresent(key -> errors.reject("newPassword", key));
        if (errors.any()) {
            return errors;
        }
        String hash = encoder.encode(replacement);
        String keepSessionId = request.getSession().getId();
        transaction.executeWithoutResult(status -> {
            members.updatePassword(memberId, hash);
            tokens.voidAll(memberId, AccountTokens.Purpose.RESET_PASSWORD);
            sessions.endAllExcept(memberId, keepSessionId);
            mailer.send(mails.passwordChanged(member));
        });
        log.info("Member {} changed their password", memberId);
        return errors;
    }

    /**
     * Starts moving the account to a new address: a link goes to the new address, and the old one is told. Nothing
     * changes until the link is used. A taken address gets the same answer, so this reveals no other member.
     */
    FormErrors requestEmailChange(long memberId, String current, String newEmail, HttpServletRequest request) {
        FormErrors errors = reauthentication.checkPassword(memberId, current, "emailPassword", request);
        Member member = members.findById(memberId).orElseThrow();
        String address = newEmail == null ? "" : newEmail.strip();
        if (!Registration.looksLikeEmail(address)) {
            errors.reject("newEmail", "form.email.invalid");
        } else if (MemberRepository.emailKey(address).equals(member.email())) {
            errors.reject("newEmail", "form.email.same");
        }
        if (errors.any()) {
            return errors;
        }
        transaction.executeWithoutResult(status -> {
            if (members.findByEmail(address).isEmpty()) {
                String token = tokens.issueEmailChange(memberId, member.email(), address);
                mailer.send(mails.confirmNewEmail(member, address, token));
            }
            mailer.send(mails.emailChangeRequested(member));
        });
        return errors;
    }

    /** Completes a move; false if the link is no longer good or the address was taken meanwhile. */
    @Transactional
    boolean confirmEmailChange(String token) {
        Optional<String> address = tokens.newEmail(token);
        if (address.isEmpty() || members.findByEmail(address.get()).isPresent()) {
            return false;
        }
        Optional<Long> memberId = tokens.consume(token, AccountTokens.Purpose.CHANGE_EMAIL);
        if (memberId.isEmpty()) {
            return false;
        }
        members.updateEmail(memberId.get(), address.get(), clock.instant());
        log.info("Member {} moved to a new email address", memberId.get());
        return true;
    }

    @Transactional
    void changeLanguage(long memberId, Language language) {
        members.updateLanguage(memberId, language);
    }
}
