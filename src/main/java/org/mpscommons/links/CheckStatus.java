package org.mpscommons.links;

/** What the link checker found the last time it tried a link's address. */
public enum CheckStatus {
    /** Never checked, or the address changed since the last check. */
    UNCHECKED,
    OK,
    /** The address answers with a permanent redirect: the page has a new address. */
    MOVED,
    DEAD
}
