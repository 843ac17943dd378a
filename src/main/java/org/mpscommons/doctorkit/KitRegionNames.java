package org.mpscommons.doctorkit;

import org.mpscommons.body.BodyMap;
import org.mpscommons.redflags.RegionNames;
import org.springframework.stereotype.Component;

/** The warning signs name regions (without a side) through the body's vocabulary. */
@Component
class KitRegionNames implements RegionNames {

    @Override
    public String name(String regionId, String language) {
        return BodyMap.shipped()
                .region(regionId)
                .map(term -> term.name(language))
                .orElse(regionId);
    }
}
