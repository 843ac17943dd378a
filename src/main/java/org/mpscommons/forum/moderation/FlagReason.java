package org.mpscommons.forum.moderation;

import java.util.Optional;

/** Why a member flags a post for moderators. */
public enum FlagReason {
    SPAM,
    ABUSE,
    /** Health claims that could hurt someone who follows them. */
    MISINFORMATION,
    /** Someone's personal details, or health details about another person. */
    PRIVACY,
    OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<FlagReason> parse(String code) {
        for (FlagReason reason : values()) {
            if (reason.code().equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
