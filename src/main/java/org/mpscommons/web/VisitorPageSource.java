package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.modulith.NamedInterface;

/**
 * A feature's busiest public pages, which {@link VisitorPageCache} may answer from memory for visitors. The feature
 * says, cheaply and without rendering anything, which version of its content the page at a request's address shows
 * now; a cached copy of another version is never served.
 */
@NamedInterface("api")
public interface VisitorPageSource {

    /**
     * What the page at this GET request's address shows at present, or null when this source does not cache that
     * address (or the content does not exist: the request then goes the whole way and gets its 404 or redirect).
     */
    Current current(HttpServletRequest request);

    /**
     * @param version changes whenever anything the page shows changes
     * @param whenServed run when a visitor is answered from the cache, for what the page's handler would have
     *     counted (such as a view)
     */
    record Current(String version, Runnable whenServed) {}
}
