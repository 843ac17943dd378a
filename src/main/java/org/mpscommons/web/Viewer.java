package org.mpscommons.web;

import java.io.Serializable;
import org.springframework.modulith.NamedInterface;

/**
 * The signed-in person as pages show them. A feature's authenticated principal implements this, so that the layout
 * can greet them without knowing where accounts live.
 */
@NamedInterface("api")
public interface Viewer extends Serializable {

    String displayName();

    /** Whether to show the way to the admin area (the area checks for itself). */
    default boolean isAdmin() {
        return false;
    }

    /**
     * Whether they hold powers (staff, professional) that wait until this session passes the second factor. A viewer
     * whose powers can wait also says where they give it ({@link #secondFactorPath()}), as the layout links it.
     */
    default boolean powersWaitForSecondFactor() {
        return false;
    }

    /**
     * Where they give their second factor to turn waiting powers on: a path after the language, query included. The
     * viewer says it, not a bean of its own, because only the feature whose principal says powers wait knows where
     * they are turned on, and the two cannot then disagree.
     */
    default String secondFactorPath() {
        return null;
    }

    /**
     * Whether the page at this path (after the language) asks for the second factor itself, so that the layout's
     * reminder would only repeat it.
     */
    default boolean asksForSecondFactorOn(String localPath) {
        return false;
    }
}
