package org.mpscommons.forum.notifications;

/** How a member wants to hear about notifications by mail. */
public enum EmailMode {
    /**
     * Replies, new topics and mentions at once; reactions wait for the daily mail. The default: a reply may need an
     * answer, while a mail for every "helpful" would bury it.
     */
    STANDARD,
    /** Everything at once, reactions too. */
    IMMEDIATE,
    /** One mail a day listing what happened. */
    DAILY,
    NEVER;

    /** For a member who never chose (stored as no choice, so a later change of the default reaches them too). */
    public static final EmailMode DEFAULT = STANDARD;

    static EmailMode parse(String value) {
        for (EmailMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        return null;
    }

    /** Whether a notification of this kind is mailed on its own, right away. */
    boolean mailsAtOnce(Notification.Kind kind) {
        return this == IMMEDIATE || (this == STANDARD && kind != Notification.Kind.REACTION);
    }

    /** Whether a notification of this kind waits for the daily mail. */
    boolean waitsForDigest(Notification.Kind kind) {
        return this == DAILY || (this == STANDARD && kind == Notification.Kind.REACTION);
    }
}
