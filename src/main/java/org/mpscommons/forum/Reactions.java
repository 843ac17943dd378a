package org.mpscommons.forum;

import java.time.Clock;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.forum.notifications.Notifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Helpful" and "me too": one of each per member per post, pressed again to take it back. */
@Service
class Reactions {

    enum Outcome {
        ADDED,
        REMOVED,
        /** Not a post this member may react to: unreadable, not visible, or their own. */
        NOT_ALLOWED
    }

    private final ReactionRepository reactions;
    private final PostRepository posts;
    private final TopicRepository topics;
    private final TopicChanges changes;
    private final Notifier notifier;
    private final Clock clock;

    Reactions(
            ReactionRepository reactions,
            PostRepository posts,
            TopicRepository topics,
            TopicChanges changes,
            Notifier notifier,
            Clock clock) {
        this.reactions = reactions;
        this.posts = posts;
        this.topics = topics;
        this.changes = changes;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Transactional
    Outcome toggle(MemberPrincipal member, long postId, ReactionKind kind) {
        Reader reader = Reader.of(member, null);
        Post post = posts.find(postId).orElse(null);
        Topic topic = post == null
                ? null
                : topics.find(post.topicId()).filter(reader::mayRead).orElse(null);
        if (topic == null
                || post.status() != PostStatus.VISIBLE
                || member.id() == (post.authorId() == null ? -1 : post.authorId())) {
            return Outcome.NOT_ALLOWED;
        }
        // The counts show on the topic's page, whose cached copies must go.
        changes.changed(topics.touchByPost(postId));
        if (reactions.remove(postId, member.id(), kind)) {
            return Outcome.REMOVED;
        }
        try {
            if (reactions.add(postId, member.id(), kind, clock.instant())) {
                notifier.reacted(post, topic, member.id(), member.displayName());
            }
        } catch (DuplicateKeyException e) {
            // A double click: the first request added it; this one leaves it as it is.
        }
        return Outcome.ADDED;
    }
}
