package org.mpscommons.mail;

import org.springframework.modulith.NamedInterface;

/**
 * One message to one recipient, in plain text and HTML (the HTML part already escaped by its author).
 *
 * @param unsubscribeUrl for mails a member can stop (notifications): sent as List-Unsubscribe with one-click POST
 *     (RFC 8058), so mail programs offer "unsubscribe" themselves; null for mails that must always arrive
 */
@NamedInterface("api")
public record Mail(String to, String subject, String text, String html, String unsubscribeUrl) {

    public Mail(String to, String subject, String text, String html) {
        this(to, subject, text, html, null);
    }
}
