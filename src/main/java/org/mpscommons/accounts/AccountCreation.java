package org.mpscommons.accounts;

import java.time.Clock;
import org.mpscommons.mail.Mailer;
import org.mpscommons.web.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of a registration that depends on whether the address already has an account: creating the account and
 * mailing its confirmation link, or mailing the owner that they already have one. It runs off the request, on the
 * task executor, so that the answer takes the same time either way ({@link Registration}). A registration lost to a
 * crash in between is simply made again by its person, who got no mail.
 */
@Component
class AccountCreation {

    private static final Logger log = LoggerFactory.getLogger(AccountCreation.class);

    private final MemberRepository members;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final Mailer mailer;
    private final Clock clock;

    AccountCreation(MemberRepository members, AccountTokens tokens, AccountMails mails, Mailer mailer, Clock clock) {
        this.members = members;
        this.tokens = tokens;
        this.mails = mails;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Async
    @Transactional
    void createOrTellOwner(
            String displayName, String email, String passwordHash, Language language, String browserHash) {
        var existing = members.findByEmail(email);
        if (existing.isPresent()) {
            mailer.send(mails.alreadyRegistered(existing.get()));
            return;
        }
        long id;
        try {
            id = members.insert(displayName, email, passwordHash, language, clock.instant());
        } catch (DuplicateKeyException raceWithAnotherRegistration) {
            log.info("Registration lost a race for its address or display name; nothing created");
            return;
        }
        Member member = members.findById(id).orElseThrow();
        String token = tokens.issueVerification(id, member.email(), browserHash);
        mailer.send(mails.verifyEmail(member, token));
        log.info("Member {} registered", id);
    }
}
