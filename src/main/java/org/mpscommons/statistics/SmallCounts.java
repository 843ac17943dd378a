package org.mpscommons.statistics;

import org.springframework.modulith.NamedInterface;

/** The one threshold of the site's statistics. */
@NamedInterface("api")
public final class SmallCounts {

    /**
     * Counts below this are never shown: the threshold health statistics commonly use for small groups. A count of 0 is
     * shown, since it names nobody.
     */
    public static final int SMALLEST_SHOWN = 11;

    private SmallCounts() {}

    /** A count from 1 to {@value #SMALLEST_SHOWN} - 1: always hidden. */
    public static boolean isSmall(long count) {
        return count > 0 && count < SMALLEST_SHOWN;
    }
}
