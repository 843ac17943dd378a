package org.mpscommons.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What web adds as a feature among the others: its own pages ({@link PagesController}) in the footer, and the
 * machines' endpoints and the language switch kept from crawlers. Its pages are not in the header, which must fit
 * one line: the site's name leads home, and the phone's menu lists the footer's pages too.
 */
@Configuration(proxyBeanMethods = false)
class WebContributions {

    @Bean
    RobotsRules webRobotsRules() {
        return new RobotsRules(50, List.of("/actuator", "/language/"), List.of());
    }

    @Bean
    NavigationEntry whatIsMpsInFooter() {
        return NavigationEntry.footer(5, "/what-is-mps", "nav.whatIsMps");
    }

    @Bean
    NavigationEntry aboutInFooter() {
        return NavigationEntry.footer(10, "/about", "nav.about");
    }

    @Bean
    NavigationEntry privacyInFooter() {
        return NavigationEntry.footer(20, "/privacy", "nav.privacy");
    }

    @Bean
    NavigationEntry contactInFooter() {
        return NavigationEntry.footer(30, "/contact", "nav.contact");
    }
}
