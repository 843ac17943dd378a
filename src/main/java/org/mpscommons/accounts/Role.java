package org.mpscommons.accounts;

/** What a member may do beyond reading and writing their own posts. Every member has MEMBER. */
public enum Role {
    MEMBER,
    /** A verified doctor, physiotherapist, acupuncturist…: shown with a badge. */
    PROFESSIONAL,
    MODERATOR,
    EDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
