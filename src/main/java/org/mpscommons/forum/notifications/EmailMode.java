package org.mpscommons.forum.notifications;

/** How a member wants to hear about notifications by mail. */
public enum EmailMode {
    IMMEDIATE,
    /** One mail a day listing what happened. */
    DAILY,
    NEVER;

    static EmailMode parse(String value) {
        for (EmailMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        return null;
    }
}
