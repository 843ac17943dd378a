package org.mpscommons.forum;

/**
 * A post became visible to its readers: written by someone whose posts need no review, or approved by a moderator.
 * Followers and mentioned members are notified in reaction (and, later, search indexes it).
 */
public record PostPublished(long postId, long topicId) {}
