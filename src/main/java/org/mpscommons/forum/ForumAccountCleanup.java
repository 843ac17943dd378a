package org.mpscommons.forum;

import java.util.List;
import org.mpscommons.accounts.AccountDeleted;
import org.mpscommons.forum.drafts.Drafts;
import org.mpscommons.forum.moderation.FlagRepository;
import org.mpscommons.forum.notifications.NotificationRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a member deletes their account, in the same transaction (so the account is never gone while its posts still
 * name it): either their posts stay and show "deleted member", or, when they asked for it, their words are erased.
 * Erased posts leave a placeholder so that replies and post numbers keep their place; a topic they started that
 * nobody else had answered is removed entirely.
 */
@Component
class ForumAccountCleanup {

    private final TopicRepository topics;
    private final TopicChanges changes;
    private final PostRepository posts;
    private final ForumMemberRepository forumMembers;
    private final ReactionRepository reactions;
    private final FollowRepository follows;
    private final NotificationRepository notifications;
    private final FlagRepository flags;
    private final Drafts drafts;

    ForumAccountCleanup(
            TopicRepository topics,
            TopicChanges changes,
            PostRepository posts,
            ForumMemberRepository forumMembers,
            ReactionRepository reactions,
            FollowRepository follows,
            NotificationRepository notifications,
            FlagRepository flags,
            Drafts drafts) {
        this.drafts = drafts;
        this.flags = flags;
        this.reactions = reactions;
        this.follows = follows;
        this.notifications = notifications;
        this.topics = topics;
        this.changes = changes;
        this.posts = posts;
        this.forumMembers = forumMembers;
    }

    @EventListener
    void on(AccountDeleted event) {
        long member = event.memberId();
        changes.changed(topics.touchByAuthor(member));
        notifications.forget(member);
        reactions.removeAllBy(member);
        follows.forget(member);
        flags.forgetReporter(member);
        drafts.forget(member);
        if (event.deleteContent()) {
            List<Long> started = topics.idsByAuthor(member);
            List<Long> touched = posts.erasePostsBy(member);
            topics.recount(touched);
            changes.changed(touched);
            topics.deleteUnanswered(started);
            changes.changed(started);
        } else {
            posts.forgetAuthor(member);
        }
        changes.changed(topics.forgetAuthor(member));
        forumMembers.forget(member);
    }
}
