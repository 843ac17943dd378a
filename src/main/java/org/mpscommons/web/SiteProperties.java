package org.mpscommons.web;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.modulith.NamedInterface;

/**
 * What a site operator sets about their site.
 *
 * @param baseUrl absolute URL the site is reached at, without a trailing slash; blank means "as the request says"
 * @param timeZone zone in which times are shown (they are stored in UTC)
 * @param contactEmail address shown on the contact page; blank when the operator has not published one
 */
@ConfigurationProperties("mps.site")
@NamedInterface("api")
public record SiteProperties(String baseUrl, ZoneId timeZone, String contactEmail) {

    public SiteProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        contactEmail = contactEmail == null ? "" : contactEmail.strip();
    }

    public boolean hasContactEmail() {
        return !contactEmail.isEmpty();
    }
}
