package org.mpscommons.forum;

import java.util.List;

/** A post with open flags, as the moderators' queue shows it: the post, its topic, and each flag's reason and note. */
public record FlaggedPost(Post post, Topic topic, String authorName, List<Flag> flags) {

    /** One member's flag. The reporter's name is not shown: moderators judge the post, not who flagged it. */
    public record Flag(FlagReason reason, String note) {}
}
