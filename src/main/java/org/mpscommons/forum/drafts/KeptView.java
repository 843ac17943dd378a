package org.mpscommons.forum.drafts;

/**
 * The page that shows a text back when it could not be posted because its writer's session had ended (or the browser
 * had lost its cookies). {@code guest}: the form was a guest's, who has no account to sign in to.
 */
public record KeptView(Place place, String title, String body, boolean guest, long idleMinutes) {}
