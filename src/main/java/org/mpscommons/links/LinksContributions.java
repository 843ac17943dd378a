package org.mpscommons.links;

import org.mpscommons.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the link page adds to the parts that web draws around every feature: itself, in the header. */
@Configuration(proxyBeanMethods = false)
class LinksContributions {

    @Bean
    NavigationEntry linksInHeader() {
        return NavigationEntry.header(40, NavigationEntry.Audience.EVERYONE, "/links", "nav.links");
    }
}
