package org.mpscommons.accounts;

import org.mpscommons.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of a reset request that depends on whether the address has an account: looking it up, issuing the link,
 * writing the mail. It runs off the request, on the task executor, so that the answer takes the same time either way
 * ({@link PasswordReset}). A request lost to a crash in between is asked again by its person.
 */
@Component
class ResetLinks {

    private static final Logger log = LoggerFactory.getLogger(ResetLinks.class);

    private final MemberRepository members;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final Mailer mailer;

    ResetLinks(MemberRepository members, AccountTokens tokens, AccountMails mails, Mailer mailer) {
        this.members = members;
        this.tokens = tokens;
        this.mails = mails;
        this.mailer = mailer;
    }

    @Async
    @Transactional
    void mailIfMember(String email) {
        members.findByEmail(email).ifPresent(member -> {
            String token = tokens.issue(member.id(), member.email(), AccountTokens.Purpose.RESET_PASSWORD);
            mailer.send(mails.resetPassword(member, token));
            log.info("Password reset requested for member {}", member.id());
        });
    }
}
