package org.mpscommons.mail;

import java.time.Instant;

/** A mail as the admin's outbox page shows it. */
public record OutboxMail(
        long id,
        String recipient,
        String subject,
        String text,
        String status,
        int attempts,
        Instant createdAt,
        Instant sentAt,
        String lastError) {}
