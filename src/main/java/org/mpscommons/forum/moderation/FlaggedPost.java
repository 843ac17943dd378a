package org.mpscommons.forum.moderation;

import java.util.List;
import org.mpscommons.forum.Post;
import org.mpscommons.forum.Topic;

/** A post with open flags, as the moderators' queue shows it: the post, its topic, and each flag's reason and note. */
public record FlaggedPost(Post post, Topic topic, String authorName, List<Flag> flags) {

    /** One member's flag. The reporter's name is not shown: moderators judge the post, not who flagged it. */
    public record Flag(FlagReason reason, String note) {}
}
