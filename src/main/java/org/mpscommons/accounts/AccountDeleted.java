package org.mpscommons.accounts;

/**
 * Published when a member deletes their account. Features holding the member's content react: with
 * {@code deleteContent} they delete it, otherwise they show it as written by "deleted user".
 */
public record AccountDeleted(long memberId, boolean deleteContent) {}
