package org.mpscommons.accounts;

import org.mpscommons.mail.Mail;
import org.mpscommons.mail.MailWriter;
import org.mpscommons.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails accounts sends, in the recipient's language; {@link MailWriter} gives them the site's name in the subject,
 * the plain-text and HTML parts, and links absolute to the site's configured address (never the request's Host, so a
 * forged one cannot send a member's token to another site).
 */
@Component
class AccountMails {

    private final MessageSource messages;
    private final MailWriter writer;

    AccountMails(MessageSource messages, MailWriter writer) {
        this.messages = messages;
        this.writer = writer;
    }

    Mail verifyEmail(Member member, String token) {
        String link = "/" + member.language().code() + "/verify-email?token=" + token;
        return compose(member, "mail.verify", link);
    }

    Mail resetPassword(Member member, String token) {
        String link = "/" + member.language().code() + "/password-reset/new?token=" + token;
        return compose(member, "mail.reset", link);
    }

    /** To the new address: the link that completes the move. */
    Mail confirmNewEmail(Member member, String newEmail, String token) {
        String link = "/" + member.language().code() + "/account/email/confirm?token=" + token;
        return compose(member, newEmail, "mail.changeEmail", link);
    }

    /** To the old address: someone asked to move the account away from it. */
    Mail emailChangeRequested(Member member) {
        return compose(
                member, "mail.emailChangeRequested", "/" + member.language().code() + "/password-reset");
    }

    Mail passwordChanged(Member member) {
        return compose(member, "mail.passwordChanged", "/" + member.language().code() + "/password-reset");
    }

    Mail alreadyRegistered(Member member) {
        String link = "/" + member.language().code() + "/login";
        return compose(member, "mail.alreadyRegistered", link);
    }

    /** Subject {@code <key>.subject}; body: greeting, {@code <key>.body}, the link, {@code <key>.after}, signature. */
    private Mail compose(Member member, String key, String path) {
        return compose(member, member.email(), key, path);
    }

    private Mail compose(Member member, String address, String key, String path) {
        Language language = member.language();
        return writer.draft(language)
                .paragraph(text(language, "mail.greeting", member.displayName()))
                .paragraph(text(language, key + ".body"))
                .link(path)
                .paragraph(text(language, key + ".after"))
                .paragraph(text(language, "mail.signature"))
                .to(address, text(language, key + ".subject"));
    }

    private String text(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
