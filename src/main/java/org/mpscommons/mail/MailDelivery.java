package org.mpscommons.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Delivers pending outbox mail over SMTP: right after each commit, and in a periodic sweep for retries. */
@Component
class MailDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** A node that claimed a mail and died leaves it "sending"; after this long another node may retry it. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(5);
    /** SMTP outages are usually short; after this many attempts the mail is marked failed for an admin to see. */
    private static final int MAX_ATTEMPTS = 8;

    private static final int BATCH = 50;

    private final MailRepository outbox;
    private final MailProperties properties;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    // One sender thread: delivery order follows the outbox, and a slow SMTP server never blocks a request.
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-delivery");
        thread.setDaemon(true);
        return thread;
    });

    MailDelivery(MailRepository outbox, MailProperties properties, ObjectProvider<JavaMailSender> sender, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.sender = sender;
        this.clock = clock;
    }

    void deliverSoon() {
        executor.execute(this::deliverDue);
    }

    @Scheduled(fixedDelayString = "${mps.mail.retry-interval:PT30S}", initialDelayString = "PT10S")
    void sweep() {
        executor.execute(this::deliverDue);
    }

    void deliverDue() {
        if (!properties.smtpConfigured()) {
            return;
        }
        Instant stale = clock.instant().minus(STALE_CLAIM);
        for (long id : outbox.dueIds(stale, BATCH)) {
            Optional<Mail> claimed = outbox.claim(id, clock.instant(), stale);
            claimed.ifPresent(mail -> deliver(id, mail));
        }
    }

    private void deliver(long id, Mail mail) {
        try {
            JavaMailSender smtp = sender.getObject();
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_NO, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            message.setContent(alternatives(mail));
            if (mail.unsubscribeUrl() != null) {
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            smtp.send(message);
            outbox.markSent(id, clock.instant());
        } catch (MailException | MessagingException e) {
            // The recipient's address is personal data: the log names the outbox row only.
            log.warn("Mail {} not delivered: {}", id, e.getMessage());
            outbox.markFailed(id, String.valueOf(e.getMessage()), MAX_ATTEMPTS);
        }
    }

    /**
     * The same message twice, as multipart/alternative: plain text first and HTML last (RFC 2046 puts the richest
     * last), so every mail program shows one of them and none shows an attachment. No images, nothing related.
     */
    private static MimeMultipart alternatives(Mail mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(mail.text(), "UTF-8", "plain");
        alternative.addBodyPart(plain);
        if (mail.html() != null && !mail.html().isBlank()) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            alternative.addBodyPart(html);
        }
        return alternative;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
