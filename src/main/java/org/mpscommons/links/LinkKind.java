package org.mpscommons.links;

import java.util.Locale;
import java.util.Optional;

/** The sections of the link page, in the order the page shows them. */
public enum LinkKind {
    DOCTORS,
    BOOKS,
    SOCIETIES,
    RESEARCH,
    PATIENTS;

    /** As stored, written in forms and used in message keys: {@code doctors}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LinkKind> fromCode(String code) {
        for (LinkKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
