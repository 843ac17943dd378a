package org.mpscommons.forum.moderation;

import java.util.List;

/**
 * What the moderators' queue shows: one page of the posts waiting for review, oldest first, and the posts readers
 * flagged.
 *
 * @param total how many posts wait for review, on all pages
 * @param next the id of the last post shown, where the following page starts, or null on the last page
 * @param flagged the flagged posts, as many as the queue shows at once
 * @param flaggedTotal how many posts have open flags
 * @param done the message key that confirms the moderator's last action, or null
 */
public record ReviewPage(
        List<ReviewItem> items, long total, Long next, List<FlaggedPost> flagged, long flaggedTotal, String done) {}
