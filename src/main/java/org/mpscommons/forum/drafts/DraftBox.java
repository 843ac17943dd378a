package org.mpscommons.forum.drafts;

/**
 * What a member's writing form shows about drafts (forum/draft-box.jte): the place its script saves to, a notice
 * when the form opened with a draft in it, whether there is a draft to discard, and the session's idle limit, before
 * which the page warns.
 *
 * @param notice a message key, or null
 */
public record DraftBox(String place, String notice, boolean present, long idleSeconds) {}
