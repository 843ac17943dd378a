package org.mpscommons.articles;

import org.mpscommons.web.NavigationEntry;
import org.mpscommons.web.RobotsRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What articles add to the parts that web draws around every feature: the articles in the header, and the editors'
 * forms and desk kept from crawlers.
 */
@Configuration(proxyBeanMethods = false)
class ArticleContributions {

    @Bean
    RobotsRules articleRobotsRules() {
        return RobotsRules.inEveryLanguage(30, "/articles/new", "/articles/*/edit", "/articles/*/diff", "/editors/");
    }

    @Bean
    NavigationEntry articlesInHeader() {
        return NavigationEntry.header(20, NavigationEntry.Audience.EVERYONE, "/articles/", "nav.articles");
    }
}
