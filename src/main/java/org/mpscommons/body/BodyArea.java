package org.mpscommons.body;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The parts of the body that places are listed under, and that the figure zooms into when one is tapped (the places of
 * a whole body are too small to tap at a phone's size).
 */
@NamedInterface("api")
public enum BodyArea {
    HEAD_NECK,
    SHOULDERS_UPPER_BACK,
    CHEST_ABDOMEN,
    ARMS_HANDS,
    BACK_HIPS,
    THIGHS_KNEES,
    LOWER_LEGS_FEET;

    /** As the data and the message keys spell it ({@code body.area.head_neck}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<BodyArea> ofCode(String code) {
        return Arrays.stream(values()).filter(area -> area.code().equals(code)).findFirst();
    }
}
