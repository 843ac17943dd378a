package org.mpscommons.articles;

import java.util.Optional;

/** The knowledge base's themes, in the order the index shows them. */
public enum Theme {
    WHAT_IS_MPS("what-is-mps"),
    OTHER_DIAGNOSES("other-diagnoses"),
    TREATMENTS("treatments"),
    LIVING_WITH_PAIN("living-with-pain"),
    TALKING_TO_YOUR_DOCTOR("talking-to-your-doctor"),
    ABOUT("about");

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Theme> fromCode(String code) {
        for (Theme theme : values()) {
            if (theme.code.equals(code)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
