package org.mpscommons.forum.notifications;

/**
 * What the page behind a mail's unsubscribe link shows: one button that stops the member's mails, or that they
 * stopped.
 *
 * @param member the id of the member the link was made for
 * @param token the link's signature, sent back with the button
 * @param done the mails have just been stopped
 */
public record UnsubscribePage(long member, String token, boolean done) {}
