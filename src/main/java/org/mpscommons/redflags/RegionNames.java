package org.mpscommons.redflags;

import org.springframework.modulith.NamedInterface;

/**
 * The names of body regions, from the feature that owns the region vocabulary (the doctor kit today). Declared here
 * and provided there, so that the table of warning signs can name regions without depending on that feature.
 */
@NamedInterface("api")
public interface RegionNames {

    /** The region's name in the language, or the id itself when it is unknown. */
    String name(String regionId, String language);
}
