package org.mpscommons.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The site's absolute address, for every link that leaves the page it is on: mails, feeds, sitemaps, PDFs,
 * canonical and hreflang links. It is never taken from the request's Host or X-Forwarded-Host: whoever sends a
 * request chooses those, and a forged one would put an attacker's host into a password-reset mail or into a page
 * the site caches for everyone. It is the configured address (MPS_BASE_URL), else this machine's loopback address,
 * which is right only for someone trying the site on their own computer.
 */
@Component
@NamedInterface("api")
public class SiteAddress {

    private static final Logger log = LoggerFactory.getLogger(SiteAddress.class);

    private final SiteProperties site;
    private final Environment environment;
    /** The loopback address once the server has its port: a lookup through every property source is slow per mail. */
    private volatile String loopback;

    SiteAddress(SiteProperties site, Environment environment) {
        this.site = site;
        this.environment = environment;
    }

    /**
     * The address without a trailing slash. The same for every request and every mail: pages are cached for all
     * visitors, so nothing in them may depend on how one request arrived.
     */
    public String base() {
        if (configured()) {
            return site.baseUrl();
        }
        String known = loopback;
        if (known != null) {
            return known;
        }
        String port = environment.getProperty("local.server.port");
        String base = loopback(Integer.parseInt(port != null ? port : environment.getProperty("server.port", "8080")));
        if (port != null) {
            loopback = base;
        }
        return base;
    }

    public boolean configured() {
        return !site.baseUrl().isEmpty();
    }

    private static String loopback(int port) {
        return "http://localhost" + (port == 80 ? "" : ":" + port);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenUnset() {
        if (!configured()) {
            log.warn(
                    "MPS_BASE_URL is not set: mails, feeds, sitemaps and PDFs link to {}, which only works on this "
                            + "machine. Set MPS_BASE_URL to the site's public address (e.g. https://mps.example.org) before "
                            + "anyone else uses it.",
                    base());
        }
    }
}
