package org.mpscommons.links;

import org.mpscommons.web.SiteProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The link checker is a daily scheduled job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinksProperties.class)
@EnableScheduling
class LinksConfig {

    @Bean(destroyMethod = "close")
    LinkChecker linkChecker(LinksProperties settings, SiteProperties site) {
        return new LinkChecker(
                new AddressPolicy(settings.allowLoopback()),
                settings.connectTimeout(),
                settings.readTimeout(),
                LinkChecker.userAgent(site.baseUrl()));
    }
}
