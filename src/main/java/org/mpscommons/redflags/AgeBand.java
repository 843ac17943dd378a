package org.mpscommons.redflags;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** The age bands a warning sign may depend on; a patient may give one, or none. */
@NamedInterface("api")
public enum AgeBand {
    UNDER_20("under_20"),
    FROM_20_TO_49("20_49"),
    FROM_50("50_plus");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    /** The value forms post and the table names. */
    public String code() {
        return code;
    }

    /** The band of a posted value; empty for no answer or anything else. */
    public static Optional<AgeBand> ofCode(String code) {
        return Arrays.stream(values()).filter(band -> band.code.equals(code)).findFirst();
    }
}
