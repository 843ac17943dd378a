package org.mpscommons.redflags;

import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What a patient told about their pain that decides which warning signs apply: the regions (ids of the kit's body
 * vocabulary), whether it began less than a month ago, and their age band. Durations and ages not given are empty,
 * and then the signs that depend on them are shown: a sign's own wording names the age or the time.
 */
@NamedInterface("api")
public record Circumstances(Set<String> regions, Optional<Boolean> underAMonth, Optional<AgeBand> age) {

    public Circumstances {
        regions = Set.copyOf(regions);
    }

    public static Circumstances regions(Set<String> regions) {
        return new Circumstances(regions, Optional.empty(), Optional.empty());
    }
}
