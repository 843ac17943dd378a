package org.mpscommons.accounts;

import java.util.List;
import org.mpscommons.mail.Mail;
import org.mpscommons.web.Language;
import org.mpscommons.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The mails accounts sends, written in the recipient's language, as plain text and as simple HTML. */
@Component
class AccountMails {

    private final MessageSource messages;
    private final SiteAddress address;

    AccountMails(MessageSource messages, SiteAddress address) {
        this.messages = messages;
        this.address = address;
    }

    Mail verifyEmail(Member member, String token) {
        String link = absolute("/" + member.language().code() + "/verify-email?token=" + token);
        return compose(member, "mail.verify", link);
    }

    Mail resetPassword(Member member, String token) {
        String link = absolute("/" + member.language().code() + "/password-reset/new?token=" + token);
        return compose(member, "mail.reset", link);
    }

    /** To the new address: the link that completes the move. */
    Mail confirmNewEmail(Member member, String newEmail, String token) {
        String link = absolute("/" + member.language().code() + "/account/email/confirm?token=" + token);
        Mail mail = compose(member, "mail.changeEmail", link);
        return new Mail(newEmail, mail.subject(), mail.text(), mail.html());
    }

    /** To the old address: someone asked to move the account away from it. */
    Mail emailChangeRequested(Member member) {
        return compose(
                member,
                "mail.emailChangeRequested",
                absolute("/" + member.language().code() + "/password-reset"));
    }

    Mail passwordChanged(Member member) {
        return compose(
                member, "mail.passwordChanged", absolute("/" + member.language().code() + "/password-reset"));
    }

    Mail alreadyRegistered(Member member) {
        String link = absolute("/" + member.language().code() + "/login");
        return compose(member, "mail.alreadyRegistered", link);
    }

    /** Subject {@code <key>.subject}; body: greeting, {@code <key>.body}, the link, {@code <key>.after}, signature. */
    private Mail compose(Member member, String key, String link) {
        Language language = member.language();
        String subject = text(language, key + ".subject");
        List<String> paragraphs = List.of(
                text(language, "mail.greeting", member.displayName()),
                text(language, key + ".body"),
                link,
                text(language, key + ".after"),
                text(language, "mail.signature"));
        String plain = String.join("\n\n", paragraphs) + "\n";
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + language.code() + "\"><body>");
        for (String paragraph : paragraphs) {
            String escaped = HtmlUtils.htmlEscape(paragraph);
            html.append(
                    paragraph.equals(link)
                            ? "<p><a href=\"" + escaped + "\">" + escaped + "</a></p>"
                            : "<p>" + escaped + "</p>");
        }
        html.append("</body></html>");
        return new Mail(member.email(), subject, plain, html.toString());
    }

    private String text(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    private String absolute(String path) {
        // Never the request's Host: a forged one would send the member's token to another site (SiteAddress).
        return address.base() + path;
    }
}
