package org.mpscommons.web;

import org.springframework.modulith.NamedInterface;

/**
 * How the header learns the signed-in viewer's unread notification count without web knowing where notifications
 * live: the feature that keeps them provides this.
 */
@NamedInterface("api")
public interface UnreadNotifications {

    long count(Viewer viewer);
}
