package org.mpscommons.web;

/**
 * How the header learns the signed-in viewer's unread notification count without web knowing where notifications
 * live: the feature that keeps them provides this.
 */
public interface UnreadNotifications {

    long count(Viewer viewer);
}
