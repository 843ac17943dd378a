package org.mpscommons.forum.notifications;

import java.util.List;
import org.mpscommons.accounts.Contact;
import org.mpscommons.mail.Mail;
import org.mpscommons.mail.MailDraft;
import org.mpscommons.mail.MailWriter;
import org.mpscommons.web.Language;
import org.mpscommons.web.Messages;
import org.mpscommons.web.PageFactory;
import org.springframework.stereotype.Component;

/**
 * Notification mails, in the recipient's language: one event at once, or a day's events together. Every mail ends
 * with a link to the settings and a one-click unsubscribe link. Only the start of a post goes into a mail, its quotes
 * set apart from the writer's own words: the whole conversation stays on the site, where its visibility rules apply.
 */
@Component
class NotificationMails {

    private final PageFactory pages;
    private final MailWriter writer;
    private final UnsubscribeLinks unsubscribe;

    NotificationMails(PageFactory pages, MailWriter writer, UnsubscribeLinks unsubscribe) {
        this.pages = pages;
        this.writer = writer;
        this.unsubscribe = unsubscribe;
    }

    /** @param post the start of the post the notification is about, or null (a reaction shows no post) */
    Mail single(Contact to, Notification notification, PostInMail post) {
        Messages text = pages.messages(to.language());
        String subject =
                text.get(notification.messageKey() + ".subject", notification.actorName(), notification.topicTitle());
        MailDraft mail = writer.draft(to.language())
                .paragraph(text.get("mail.greeting", to.displayName()))
                .paragraph(text.get(notification.messageKey(), notification.actorName(), notification.topicTitle()));
        if (post != null) {
            for (PostInMail.Part part : post.parts()) {
                if (part.quote()) {
                    mail.quote(text.get("mail.post.quoted", notification.actorName()), part.caption(), part.text());
                } else {
                    mail.words(text.get("mail.post.wrote", notification.actorName()), part.text());
                }
            }
        }
        mail.link(path(to.language(), notification));
        return finish(mail, to, subject, text);
    }

    Mail digest(Contact to, List<Notification> notifications) {
        Messages text = pages.messages(to.language());
        String subject = text.get("mail.digest.subject", notifications.size());
        MailDraft mail = writer.draft(to.language())
                .paragraph(text.get("mail.greeting", to.displayName()))
                .paragraph(text.get("mail.digest.intro"));
        for (Notification notification : notifications) {
            mail.link(
                    text.get(notification.messageKey(), notification.actorName(), notification.topicTitle()),
                    path(to.language(), notification));
        }
        return finish(mail, to, subject, text);
    }

    private Mail finish(MailDraft mail, Contact to, String subject, Messages text) {
        String lang = to.language().code();
        String unsubscribePath = unsubscribe.path(lang, to.id());
        return mail.link(text.get("mail.notifications.settings"), "/" + lang + "/notifications/settings")
                .link(text.get("mail.notifications.unsubscribe"), unsubscribePath)
                .paragraph(text.get("mail.signature"))
                .to(to.email(), subject, unsubscribePath);
    }

    private static String path(Language language, Notification notification) {
        return "/" + language.code() + "/forum/p/" + notification.postId();
    }
}
