package org.mpscommons.forum.drafts;

import java.io.Serializable;

/**
 * A text whose writer's session had ended when they sent it, held in this browser's session only between their click
 * on "sign in to send it" and their signing in; it then becomes their draft at {@code place}.
 */
record KeptText(String place, String title, String body) implements Serializable {}
