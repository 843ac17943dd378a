package org.mpscommons.forum;

/**
 * A post waiting in the review queue, with what a moderator needs to decide: where it was posted and by whom.
 *
 * @param authorName the member's display name, the guest's typed name, or null for a deleted member
 */
public record ReviewItem(Post post, Topic topic, String authorName, boolean byGuest) {}
