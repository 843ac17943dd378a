package org.mpscommons.body;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A region of the reference data, without a side: where a trigger point's pain is felt, as the data and the table of
 * warning signs key it.
 *
 * @param view front, back or both
 * @param paired whether it exists on each side (otherwise it sits on the midline)
 * @param boxes where it is on each view, as the data draws it: on the viewer's left half of a canvas 100 wide and 200
 *     high (the figure's right side in the front view, its left in the back view)
 */
@NamedInterface("api")
public record BodyRegion(
        String id, String view, String english, String japanese, boolean paired, BodyArea area, List<Box> boxes) {

    /** A rough area on the front or the back view. */
    public record Box(boolean front, int x, int y, int width, int height) {

        Box mirrored() {
            return new Box(front, 100 - x - width, y, width, height);
        }
    }

    public String name(String language) {
        return "ja".equals(language) ? japanese : english;
    }
}
