package org.mpscommons.body;

import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * One place a patient can choose: a midline region, or one side of a paired region.
 *
 * @param id the region's id, with the side's suffix when paired ({@code scapula-right})
 * @param boxes where it is on the figure, already on its own side of each view
 */
@NamedInterface("api")
public record BodyPlace(String id, BodyRegion region, Optional<Side> side, List<BodyRegion.Box> boxes) {

    /** "Temple / side of head (right)", "Shoulder blade (infraspinous area, right)", 「右の肩甲骨（棘下部）」. */
    public String name(String language) {
        return side.map(s -> withSide(
                        region, s.word(language).toLowerCase(java.util.Locale.ROOT), s.word(language), language))
                .orElseGet(() -> region.name(language));
    }

    /** A region's name with a side or "both sides" added as each language says it. */
    static String withSide(BodyRegion region, String english, String japanese, String language) {
        if ("ja".equals(language)) {
            return japanese + "の" + region.japanese();
        }
        String name = region.english();
        return name.endsWith(")")
                ? name.substring(0, name.length() - 1) + ", " + english + ")"
                : name + " (" + english + ")";
    }

    /** The region's id without the side, as the table of warning signs and the reference data key it. */
    public String regionId() {
        return region.id();
    }

    public BodyArea area() {
        return region.area();
    }

    public String sideCode() {
        return side.map(Side::code).orElse("");
    }
}
