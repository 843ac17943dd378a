package org.mpscommons.forum.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.mpscommons.accounts.Contact;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily mail for members who chose one: every morning, what happened since the last one. Each member's
 * notifications are claimed in the database before the mail is written, so on a site with several nodes each
 * notification goes out once, from whichever node claimed it.
 */
@Component
class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final NotificationRepository notifications;
    private final NotificationMails mails;
    private final Profiles profiles;
    private final Mailer mailer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Digests(
            NotificationRepository notifications,
            NotificationMails mails,
            Profiles profiles,
            Mailer mailer,
            TransactionTemplate transaction,
            Clock clock) {
        this.notifications = notifications;
        this.mails = mails;
        this.profiles = profiles;
        this.mailer = mailer;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Eight in the morning in the site's time zone: read with breakfast, not at night. */
    @Scheduled(cron = "0 0 8 * * *", zone = "${mps.site.time-zone}")
    void sendDue() {
        List<Long> members = notifications.dueForDigest();
        Map<Long, Contact> contacts = profiles.contacts(members);
        int sent = 0;
        for (Long member : members) {
            Contact contact = contacts.get(member);
            Boolean mailed = transaction.execute(status -> {
                List<Notification> due = notifications.claimUnmailed(member, clock.instant());
                if (contact == null || due.isEmpty()) {
                    return false;
                }
                mailer.send(mails.digest(contact, due));
                return true;
            });
            if (Boolean.TRUE.equals(mailed)) {
                sent++;
            }
        }
        log.info("Sent {} daily notification digests", sent);
    }
}
