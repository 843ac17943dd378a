package org.mpscommons.search;

import org.mpscommons.web.AdminLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What search adds to the parts that web draws around every feature: its index and synonyms on the admin home. */
@Configuration(proxyBeanMethods = false)
class SearchContributions {

    @Bean
    AdminLink searchIndexOnAdminHome() {
        return new AdminLink(50, "/admin/search", "admin.search.title");
    }

    @Bean
    AdminLink synonymsOnAdminHome() {
        return new AdminLink(60, "/admin/search/synonyms", "admin.synonyms.title");
    }
}
