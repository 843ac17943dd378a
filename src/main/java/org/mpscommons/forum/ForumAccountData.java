package org.mpscommons.forum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpscommons.accounts.AccountDataPart;
import org.mpscommons.forum.drafts.Drafts;
import org.mpscommons.forum.notifications.NotificationRepository;
import org.springframework.stereotype.Component;

/**
 * The member's part of the forum in "download my data": what they wrote (and have not sent yet), followed and
 * ignored, and how they are told.
 */
@Component
class ForumAccountData implements AccountDataPart {

    private final PostRepository posts;
    private final FollowRepository follows;
    private final NotificationRepository notifications;
    private final Drafts drafts;

    ForumAccountData(
            PostRepository posts, FollowRepository follows, NotificationRepository notifications, Drafts drafts) {
        this.drafts = drafts;
        this.posts = posts;
        this.follows = follows;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "forum";
    }

    @Override
    public Object export(long memberId) {
        Map<String, Object> forum = new LinkedHashMap<>();
        forum.put("posts", posts.writtenBy(memberId));
        forum.put("followedTopicIds", follows.topicsFollowedBy(memberId));
        forum.put("followedCategoryIds", follows.categoriesFollowedBy(memberId));
        forum.put("ignoredMemberIds", follows.ignoredBy(memberId));
        forum.put(
                "notificationMails", notifications.emailModes(List.of(memberId)).get(memberId));
        forum.put("drafts", drafts.export(memberId));
        return forum;
    }
}
