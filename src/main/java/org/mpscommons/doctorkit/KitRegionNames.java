package org.mpscommons.doctorkit;

import org.mpscommons.redflags.RegionNames;
import org.springframework.stereotype.Component;

/** The kit owns the body-region vocabulary; the warning signs name regions through it. */
@Component
class KitRegionNames implements RegionNames {

    @Override
    public String name(String regionId, String language) {
        return Vocabulary.SHIPPED
                .region(regionId)
                .map(term -> term.name(language))
                .orElse(regionId);
    }
}
