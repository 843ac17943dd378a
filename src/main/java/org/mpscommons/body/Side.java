package org.mpscommons.body;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The patient's own side. Referred pain from a trigger point is felt on the muscle's side, so a paired region is
 * chosen per side; its id gains the side's suffix ({@code temple-right}).
 */
@NamedInterface("api")
public enum Side {
    RIGHT("right", "Right", "右"),
    LEFT("left", "Left", "左");

    private final String code;
    private final String english;
    private final String japanese;

    Side(String code, String english, String japanese) {
        this.code = code;
        this.english = english;
        this.japanese = japanese;
    }

    public String code() {
        return code;
    }

    public String suffix() {
        return "-" + code;
    }

    public String word(String language) {
        return "ja".equals(language) ? japanese : english;
    }

    /** The side a sided id names, if any. */
    static Optional<Side> ofId(String id) {
        for (Side side : values()) {
            if (id.endsWith(side.suffix())) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }
}
