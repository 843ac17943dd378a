package org.mpscommons.mail;

import org.mpscommons.web.Language;
import org.mpscommons.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The one place where the site's mails get their shape, whoever sends them: the subject opens with the site's name
 * (so a mail is recognised in a full inbox, and mail filters can sort them), the body is written once as blocks and
 * comes out twice, as plain text and as simple HTML, and every link is absolute to the site's own address. Features
 * say what a mail says; how it looks is decided here.
 */
@Component
@NamedInterface("api")
public class MailWriter {

    private final MessageSource messages;
    private final SiteAddress address;

    MailWriter(MessageSource messages, SiteAddress address) {
        this.messages = messages;
        this.address = address;
    }

    /** A new mail in the recipient's language (its texts, the HTML's lang attribute, the subject's form). */
    public MailDraft draft(Language language) {
        return new MailDraft(this, language);
    }

    /** "[MPS Commons] …" or "【MPS Commons】…": the site's name first, in the form usual for the language. */
    public String subject(Language language, String subject) {
        String site = messages.getMessage("site.name", null, language.locale());
        return messages.getMessage("mail.subject", new Object[] {site, subject}, language.locale());
    }

    /**
     * Mail is read outside the site and written outside any request: links name the configured address, never a
     * request's Host (see {@link SiteAddress}).
     */
    String absolute(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A mail links to a path on this site: " + path);
        }
        return address.base() + path;
    }
}
