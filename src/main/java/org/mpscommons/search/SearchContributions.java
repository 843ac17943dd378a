package org.mpscommons.search;

import org.mpscommons.web.AdminLink;
import org.mpscommons.web.HeaderSearch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What search adds to the parts that web draws around every feature: the search box in the header, and its index and
 * synonyms on the admin home.
 */
@Configuration(proxyBeanMethods = false)
class SearchContributions {

    /** The results page's own form, in short: the words only (the filters are on the results page). */
    @Bean
    HeaderSearch searchBoxInHeader() {
        return new HeaderSearch("/search", "q", Search.MAX_QUERY, "search.site", "search.label", "search.submit");
    }

    @Bean
    AdminLink searchIndexOnAdminHome() {
        return new AdminLink(50, "/admin/search", "admin.search.title");
    }

    @Bean
    AdminLink synonymsOnAdminHome() {
        return new AdminLink(60, "/admin/search/synonyms", "admin.synonyms.title");
    }
}
