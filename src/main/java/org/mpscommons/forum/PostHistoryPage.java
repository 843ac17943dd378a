package org.mpscommons.forum;

import java.time.Instant;
import java.util.List;

/**
 * What a post's history shows: to its writer and moderators, the earlier texts; to everyone else, only when it
 * changed.
 *
 * @param revisions the earlier texts, oldest first, or empty for a reader who may not see them
 * @param changes when the post changed, for a reader who may not see the earlier texts (empty for the others)
 */
public record PostHistoryPage(Post post, Topic topic, List<Revision> revisions, List<Instant> changes) {}
