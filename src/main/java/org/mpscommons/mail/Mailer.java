package org.mpscommons.mail;

import java.time.Clock;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends mail the safe way: the message is written to the outbox in the caller's transaction, so it exists exactly
 * when the change that caused it was committed, and is delivered after the commit.
 */
@Service
@NamedInterface("api")
public class Mailer {

    private final MailRepository outbox;
    private final MailDelivery delivery;
    private final MailProperties properties;
    private final Clock clock;

    Mailer(MailRepository outbox, MailDelivery delivery, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every mail the outbox holds for this address, oldest first: part of a member's data export. */
    public java.util.List<OutboxMail> mailsTo(String address) {
        return outbox.mailsTo(address);
    }

    /** Removes every mail to this address from the outbox, when its owner deletes their account. */
    @Transactional
    public void forget(String address) {
        outbox.deleteTo(address);
    }

    @Transactional
    public void send(Mail mail) {
        String status = properties.smtpConfigured() ? MailRepository.PENDING : MailRepository.LOCAL;
        outbox.insert(mail, status, clock.instant());
        if (properties.smtpConfigured() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.deliverSoon();
                }
            });
        }
    }
}
