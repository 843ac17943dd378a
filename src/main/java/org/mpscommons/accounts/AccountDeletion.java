package org.mpscommons.accounts;

import org.mpscommons.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an account at once: the member row and everything hanging off it (roles, tokens, two-factor secrets,
 * recovery codes, by foreign-key cascade), their mail, their sessions. The audit log keeps the names it recorded, as
 * admins need a record of what was done; its links to the member become empty.
 */
@Service
class AccountDeletion {

    private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);

    private final MemberRepository members;
    private final MemberSessions sessions;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final Throttle throttle;

    AccountDeletion(
            MemberRepository members,
            MemberSessions sessions,
            Mailer mailer,
            ApplicationEventPublisher events,
            Throttle throttle) {
        this.members = members;
        this.sessions = sessions;
        this.mailer = mailer;
        this.events = events;
        this.throttle = throttle;
    }

    @Transactional
    void delete(long memberId, boolean deleteContent) {
        Member member = members.findById(memberId).orElseThrow();
        // Content features react in this transaction (or, with Modulith's registry, reliably after it).
        events.publishEvent(new AccountDeleted(memberId, deleteContent));
        mailer.forget(member.email());
        throttle.forgetAccount(member.email());
        members.delete(memberId);
        sessions.endAll(memberId);
        log.info("Member {} deleted their account (content {})", memberId, deleteContent ? "deleted" : "kept");
    }
}
