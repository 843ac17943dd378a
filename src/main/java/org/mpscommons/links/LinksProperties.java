package org.mpscommons.links;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The link checker's settings (MPS_LINKS_* variables, listed in README).
 *
 * @param checkCron when the daily check runs, in the site's time zone (Spring cron, seconds first; "-" turns it off)
 * @param connectTimeout how long to wait for a linked site to accept the connection
 * @param readTimeout how long to wait for its answer once connected
 * @param allowLoopback let the checker visit this machine's own addresses; only tests, which serve their pages on
 *     127.0.0.1, set it. Private and other non-public addresses stay refused either way.
 */
@ConfigurationProperties("mps.links")
record LinksProperties(String checkCron, Duration connectTimeout, Duration readTimeout, boolean allowLoopback) {

    LinksProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }
}
