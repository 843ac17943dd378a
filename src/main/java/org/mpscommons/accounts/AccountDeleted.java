package org.mpscommons.accounts;

import org.springframework.modulith.NamedInterface;

/**
 * Published when a member deletes their account. Features holding the member's content react: with
 * {@code deleteContent} they delete it, otherwise they show it as written by "deleted user".
 */
@NamedInterface("api")
public record AccountDeleted(long memberId, boolean deleteContent) {}
