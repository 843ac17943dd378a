package org.mpscommons.statistics;

import org.springframework.modulith.NamedInterface;

/** One published number: its value, or null where it is hidden. */
@NamedInterface("api")
public record Cell(Long value) {

    public static final Cell HIDDEN = new Cell(null);

    public boolean hidden() {
        return value == null;
    }
}
