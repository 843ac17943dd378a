package org.mpscommons.links;

import java.util.Locale;

/**
 * Why the checker found a link dead, as a code the pages translate (the technical detail is kept beside it for
 * editors).
 */
public enum CheckProblem {
    /** 404 or 410: the page is gone. */
    NOT_FOUND,
    /**
     * 401, 403 or 429: the site turned the checker away. Many sites refuse automatic visitors, so the page may still
     * open in a browser; the pages say so instead of calling it broken.
     */
    REFUSED_BY_SITE,
    /** Any other 4xx or 5xx answer. */
    HTTP_ERROR,
    TIMEOUT,
    /** The host name does not exist (any more). */
    NO_SUCH_HOST,
    /** Refused, reset or otherwise failed connections, including failed TLS handshakes. */
    CONNECTION,
    TOO_MANY_REDIRECTS,
    /** A redirect to something that is not an http or https address. */
    NOT_A_WEB_ADDRESS,
    /** The address is on a private, loopback or other non-public network, which the checker never visits. */
    PRIVATE_ADDRESS;

    /** For message keys: {@code links.problem.not-found}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
