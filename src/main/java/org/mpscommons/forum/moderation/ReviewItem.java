package org.mpscommons.forum.moderation;

import org.mpscommons.forum.Post;
import org.mpscommons.forum.Topic;

/**
 * A post waiting in the review queue, with what a moderator needs to decide: where it was posted and by whom.
 *
 * @param authorName the member's display name, the guest's typed name, or null for a deleted member
 */
public record ReviewItem(Post post, Topic topic, String authorName, boolean byGuest) {}
