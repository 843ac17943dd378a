package org.mpscommons.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param smtpHost SMTP server; blank means none: mail then stays in the local outbox for admins to read
 * @param from sender address
 */
@ConfigurationProperties("mps.mail")
public record MailProperties(String smtpHost, String from) {

    public MailProperties {
        smtpHost = smtpHost == null ? "" : smtpHost.strip();
        from = from == null || from.isBlank() ? "MPS Commons <no-reply@localhost>" : from.strip();
    }

    public boolean smtpConfigured() {
        return !smtpHost.isEmpty();
    }
}
