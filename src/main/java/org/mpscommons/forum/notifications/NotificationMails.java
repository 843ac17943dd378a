package org.mpscommons.forum.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mpscommons.accounts.Contact;
import org.mpscommons.content.ContentPipeline;
import org.mpscommons.mail.Mail;
import org.mpscommons.web.Language;
import org.mpscommons.web.Messages;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.SiteAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Notification mails, in the recipient's language: one event at once, or a day's events together. Every mail ends
 * with a link to the settings and a one-click unsubscribe link. Only the start of a post goes into a mail: the whole
 * conversation stays on the site, where its visibility rules apply.
 */
@Component
class NotificationMails {

    /** Enough to know whether to open the mail. */
    static final int EXCERPT = 200;
    /** Our own absolute URLs in an escaped paragraph (compiled once: a busy topic's followers get many mails). */
    private static final Pattern URL = Pattern.compile("(https?://[^\\s<]+)");

    private final PageFactory pages;
    private final SiteAddress address;
    private final UnsubscribeLinks unsubscribe;

    NotificationMails(PageFactory pages, SiteAddress address, UnsubscribeLinks unsubscribe) {
        this.pages = pages;
        this.address = address;
        this.unsubscribe = unsubscribe;
    }

    Mail single(Contact to, Notification notification, String postText) {
        Messages text = pages.messages(to.language());
        String subject =
                text.get(notification.messageKey() + ".subject", notification.actorName(), notification.topicTitle());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text.get("mail.greeting", to.displayName()));
        paragraphs.add(text.get(notification.messageKey(), notification.actorName(), notification.topicTitle()));
        if (postText != null && !postText.isBlank()) {
            paragraphs.add("“" + ContentPipeline.excerpt(postText, EXCERPT) + "”");
        }
        paragraphs.add(link(to.language(), notification));
        return compose(to, subject, paragraphs, text);
    }

    Mail digest(Contact to, List<Notification> notifications) {
        Messages text = pages.messages(to.language());
        String subject = text.get("mail.digest.subject", notifications.size());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text.get("mail.greeting", to.displayName()));
        paragraphs.add(text.get("mail.digest.intro"));
        for (Notification notification : notifications) {
            paragraphs.add(text.get(notification.messageKey(), notification.actorName(), notification.topicTitle())
                    + "\n" + link(to.language(), notification));
        }
        return compose(to, subject, paragraphs, text);
    }

    private Mail compose(Contact to, String subject, List<String> body, Messages text) {
        List<String> paragraphs = new ArrayList<>(body);
        String lang = to.language().code();
        paragraphs.add(
                text.get("mail.notifications.settings") + "\n" + absolute("/" + lang + "/notifications/settings"));
        paragraphs.add(text.get("mail.notifications.unsubscribe") + "\n" + absolute(unsubscribe.path(lang, to.id())));
        paragraphs.add(text.get("mail.signature"));
        String plain = String.join("\n\n", paragraphs) + "\n";
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + lang + "\"><body>");
        for (String paragraph : paragraphs) {
            html.append("<p>")
                    .append(linked(HtmlUtils.htmlEscape(paragraph)).replace("\n", "<br>"))
                    .append("</p>");
        }
        html.append("</body></html>");
        return new Mail(to.email(), subject, plain, html.toString(), absolute(unsubscribe.path(lang, to.id())));
    }

    /** Our own absolute URLs in an escaped paragraph become links. */
    private String linked(String escaped) {
        return URL.matcher(escaped).replaceAll("<a href=\"$1\">$1</a>");
    }

    private String link(Language language, Notification notification) {
        return absolute("/" + language.code() + "/forum/p/" + notification.postId());
    }

    /** Mail needs absolute links, and is written outside any request. */
    private String absolute(String path) {
        return address.base() + path;
    }
}
