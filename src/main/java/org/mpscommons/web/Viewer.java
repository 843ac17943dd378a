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

    /** Whether they hold powers (staff, professional) that wait until this session passes the second factor. */
    default boolean powersWaitForSecondFactor() {
        return false;
    }
}
