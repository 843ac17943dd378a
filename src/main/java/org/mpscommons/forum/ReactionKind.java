package org.mpscommons.forum;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** The two reactions a reader can leave: "this helped me" and "me too" (the same pain, the same story). */
@NamedInterface("tools")
public enum ReactionKind {
    HELPFUL("helpful"),
    ME_TOO("me-too");

    private final String code;

    ReactionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<ReactionKind> parse(String code) {
        for (ReactionKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
