package org.mpscommons.forum.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mpscommons.accounts.Contact;
import org.mpscommons.accounts.Profile;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.forum.FollowRepository;
import org.mpscommons.forum.Mentions;
import org.mpscommons.forum.Post;
import org.mpscommons.forum.PostPublished;
import org.mpscommons.forum.PostRepository;
import org.mpscommons.forum.PostStatus;
import org.mpscommons.forum.Topic;
import org.mpscommons.forum.TopicRepository;
import org.mpscommons.mail.Mailer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells members what they asked to hear about when a post is published: followers of its topic (or, for a new topic,
 * of its category) and anyone it mentions; never its own author, nobody who ignores the author, and nobody who may
 * not read the topic. Runs after the post's transaction committed, off the request (Spring Modulith records the
 * event first, so a crash does not lose it), and mails at once those who want mail at once.
 */
@Component
public class Notifier {

    private final PostRepository posts;
    private final TopicRepository topics;
    private final FollowRepository follows;
    private final NotificationRepository notifications;
    private final NotificationMails mails;
    private final Profiles profiles;
    private final Mailer mailer;
    private final Clock clock;

    Notifier(
            PostRepository posts,
            TopicRepository topics,
            FollowRepository follows,
            NotificationRepository notifications,
            NotificationMails mails,
            Profiles profiles,
            Mailer mailer,
            Clock clock) {
        this.posts = posts;
        this.topics = topics;
        this.follows = follows;
        this.notifications = notifications;
        this.mails = mails;
        this.profiles = profiles;
        this.mailer = mailer;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PostPublished event) {
        Post post = posts.find(event.postId()).orElse(null);
        Topic topic = topics.find(event.topicId()).orElse(null);
        if (post == null
                || topic == null
                || post.status() != PostStatus.VISIBLE
                || topic.status() != PostStatus.VISIBLE) {
            return;
        }
        Map<Long, Notification.Kind> recipients = new LinkedHashMap<>();
        List<Long> followers =
                post.opening() ? follows.categoryFollowers(topic.categoryId()) : follows.topicFollowers(topic.id());
        Notification.Kind followKind = post.opening() ? Notification.Kind.NEW_TOPIC : Notification.Kind.REPLY;
        followers.forEach(member -> recipients.put(member, followKind));
        profiles.idsByDisplayName(Mentions.in(post.plainText()))
                .values()
                .forEach(member -> recipients.put(member, Notification.Kind.MENTION));
        notify(recipients, post, topic, post.authorId(), actorName(post));
    }

    /** Someone reacted to a post: its author hears of it (once per reaction, never of their own). */
    public void reacted(Post post, Topic topic, long reactorId, String reactorName) {
        if (post.authorId() == null || post.authorId() == reactorId) {
            return;
        }
        Map<Long, Notification.Kind> recipients = new LinkedHashMap<>();
        recipients.put(post.authorId(), Notification.Kind.REACTION);
        notify(recipients, post, topic, reactorId, reactorName);
    }

    private void notify(
            Map<Long, Notification.Kind> recipients, Post post, Topic topic, Long actorId, String actorName) {
        if (actorId != null) {
            recipients.remove(actorId);
            follows.ignoring(actorId, List.copyOf(recipients.keySet())).forEach(recipients::remove);
        }
        if (recipients.isEmpty()) {
            return;
        }
        // Only members with an account that can be reached; a members-only topic has no visitors to worry about.
        Map<Long, Contact> contacts = profiles.contacts(recipients.keySet());
        recipients.keySet().retainAll(contacts.keySet());
        if (recipients.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, EmailMode> modes = notifications.emailModes(recipients.keySet());
        Set<Long> mailNow = new HashSet<>();
        Set<Long> noDigest = new HashSet<>();
        recipients.forEach((member, kind) -> {
            EmailMode mode = modes.getOrDefault(member, EmailMode.DEFAULT);
            if (mode.mailsAtOnce(kind)) {
                mailNow.add(member);
            }
            if (!mode.waitsForDigest(kind)) {
                noDigest.add(member);
            }
        });
        // Written as mailed already, in the same transaction as the mails: one insert instead of an update after it.
        notifications.insert(recipients, noDigest, topic.id(), post.id(), actorId, actorName, topic.title(), now);
        // Read once for all recipients; a reaction is about the recipient's own post: the mail names it, shows none.
        PostInMail excerpt = null;
        for (Map.Entry<Long, Notification.Kind> recipient : recipients.entrySet()) {
            long member = recipient.getKey();
            Notification.Kind kind = recipient.getValue();
            if (!mailNow.contains(member)) {
                continue;
            }
            if (excerpt == null && kind != Notification.Kind.REACTION) {
                excerpt = PostInMail.of(post.bodyHtml());
            }
            Notification notification =
                    new Notification(0, member, kind, topic.id(), post.id(), actorName, topic.title(), now, null);
            mailer.send(mails.single(
                    contacts.get(member), notification, kind == Notification.Kind.REACTION ? null : excerpt));
        }
    }

    private String actorName(Post post) {
        if (post.authorId() == null) {
            return post.guestName() != null ? post.guestName() : "?";
        }
        return profiles.authors(Set.of(post.authorId())).values().stream()
                .map(Profile::displayName)
                .findFirst()
                .orElse("?");
    }
}
