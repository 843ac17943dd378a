package org.mpscommons.web;

import org.springframework.modulith.NamedInterface;

/** Path fragments shared by every feature's request mappings. */
@NamedInterface("api")
public final class Routes {

    /** The language segment that starts every page URL; any other first segment is not a page. */
    public static final String LANG = "{lang:en|ja}";

    private Routes() {}
}
