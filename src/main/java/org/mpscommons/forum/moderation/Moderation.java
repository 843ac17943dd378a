package org.mpscommons.forum.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.forum.ForumMemberRepository;
import org.mpscommons.forum.Post;
import org.mpscommons.forum.PostPublished;
import org.mpscommons.forum.PostRepository;
import org.mpscommons.forum.PostStatus;
import org.mpscommons.forum.Topic;
import org.mpscommons.forum.TopicChanges;
import org.mpscommons.forum.TopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do to posts. Every action checks that the post is still in the state the moderator saw (two
 * moderators working the same queue cannot both act on one post), changes it in one transaction, and is written to
 * the audit log with the moderator's name.
 */
@Service
class Moderation {

    enum Outcome {
        DONE,
        /** Someone else already acted on it, or it changed since the page was shown. */
        ALREADY_HANDLED,
        NOT_FOUND
    }

    private final PostRepository posts;
    private final TopicRepository topics;
    private final TopicChanges changes;
    private final ForumMemberRepository forumMembers;
    private final AuditLog audit;
    private final Profiles profiles;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    Moderation(
            PostRepository posts,
            TopicRepository topics,
            TopicChanges changes,
            ForumMemberRepository forumMembers,
            AuditLog audit,
            Profiles profiles,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.profiles = profiles;
        this.posts = posts;
        this.topics = topics;
        this.changes = changes;
        this.forumMembers = forumMembers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Outcome approve(MemberPrincipal moderator, long postId) {
        Post post = posts.find(postId).orElse(null);
        if (post == null) {
            return Outcome.NOT_FOUND;
        }
        if (!posts.changeStatus(postId, PostStatus.PENDING, PostStatus.VISIBLE)) {
            return Outcome.ALREADY_HANDLED;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (post.opening()) {
            topics.shown(post.topicId(), now);
        } else {
            topics.replyShown(post.topicId(), post.id(), post.number(), now);
        }
        changes.changed(post.topicId());
        if (post.authorId() != null) {
            forumMembers.countApproval(post.authorId());
        }
        events.publishEvent(new PostPublished(post.id(), post.topicId()));
        log(moderator, "forum.approve", post, null);
        return Outcome.DONE;
    }

    @Transactional
    Outcome reject(MemberPrincipal moderator, long postId, String reason) {
        Post post = posts.find(postId).orElse(null);
        if (post == null) {
            return Outcome.NOT_FOUND;
        }
        if (!posts.changeStatus(postId, PostStatus.PENDING, PostStatus.REJECTED)) {
            return Outcome.ALREADY_HANDLED;
        }
        if (post.opening()) {
            topics.setStatus(post.topicId(), PostStatus.REJECTED);
            changes.changed(post.topicId());
        }
        log(moderator, "forum.reject", post, reason);
        return Outcome.DONE;
    }

    /** Hides a visible post (its text stays for moderators; readers see a placeholder). */
    @Transactional
    Outcome hide(MemberPrincipal moderator, long postId, String reason) {
        Post post = posts.find(postId).orElse(null);
        if (post == null) {
            return Outcome.NOT_FOUND;
        }
        if (!posts.changeStatus(postId, PostStatus.VISIBLE, PostStatus.HIDDEN)) {
            return Outcome.ALREADY_HANDLED;
        }
        if (post.opening()) {
            topics.setStatus(post.topicId(), PostStatus.HIDDEN);
        } else {
            topics.replyGone(post.topicId(), post.id());
        }
        changes.changed(post.topicId());
        changes.changed(topics.touchByPost(postId));
        log(moderator, "forum.hide", post, reason);
        return Outcome.DONE;
    }

    @Transactional
    Outcome restore(MemberPrincipal moderator, long postId) {
        Post post = posts.find(postId).orElse(null);
        if (post == null) {
            return Outcome.NOT_FOUND;
        }
        if (!posts.changeStatus(postId, PostStatus.HIDDEN, PostStatus.VISIBLE)) {
            return Outcome.ALREADY_HANDLED;
        }
        if (post.opening()) {
            topics.setStatus(post.topicId(), PostStatus.VISIBLE);
        } else {
            topics.replyShown(post.topicId(), post.id(), post.number(), post.createdAt());
        }
        changes.changed(post.topicId());
        changes.changed(topics.touchByPost(postId));
        log(moderator, "forum.restore", post, null);
        return Outcome.DONE;
    }

    /** Pins or unpins, closes or reopens, or moves a topic; each in the audit log. */
    @Transactional
    Outcome changeTopic(MemberPrincipal moderator, long topicId, TopicChange change, Long categoryId) {
        Topic topic = topics.find(topicId).orElse(null);
        if (topic == null) {
            return Outcome.NOT_FOUND;
        }
        switch (change) {
            case PIN -> topics.setPinned(topicId, true);
            case UNPIN -> topics.setPinned(topicId, false);
            case LOCK -> topics.setLocked(topicId, true);
            case UNLOCK -> topics.setLocked(topicId, false);
            case MOVE -> topics.move(topicId, categoryId);
        }
        changes.changed(topicId);
        audit.record(
                moderator.id(),
                moderator.displayName(),
                "forum." + change.name().toLowerCase(java.util.Locale.ROOT),
                topic.authorId(),
                null,
                "topic " + topicId + (categoryId != null ? " to category " + categoryId : ""),
                null);
        return Outcome.DONE;
    }

    enum TopicChange {
        PIN,
        UNPIN,
        LOCK,
        UNLOCK,
        MOVE
    }

    private void log(MemberPrincipal moderator, String action, Post post, String reason) {
        String who = post.authorId() == null
                ? post.guestName()
                : profiles.authors(java.util.Set.of(post.authorId())).values().stream()
                        .map(org.mpscommons.accounts.Profile::displayName)
                        .findFirst()
                        .orElse(null);
        audit.record(
                moderator.id(),
                moderator.displayName(),
                action,
                post.authorId(),
                who,
                "post " + post.id() + " in topic " + post.topicId(),
                blankToNull(reason));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
