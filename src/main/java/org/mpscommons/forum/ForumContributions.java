package org.mpscommons.forum;

import org.mpscommons.web.AdminLink;
import org.mpscommons.web.NavigationEntry;
import org.mpscommons.web.RobotsRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the forum adds to the parts that web draws around every feature: the forum and a member's notifications in
 * the header, the forms that write and the moderators' and one member's pages kept from crawlers, and the
 * categories on the admin home.
 */
@Configuration(proxyBeanMethods = false)
class ForumContributions {

    @Bean
    RobotsRules forumRobotsRules() {
        return RobotsRules.inEveryLanguage(
                20,
                "/notifications",
                "/unsubscribe",
                "/forum/new",
                "/forum/preview",
                "/forum/review",
                "/forum/moderate",
                "/forum/p/*/edit",
                "/forum/p/*/history");
    }

    @Bean
    NavigationEntry forumInHeader() {
        return NavigationEntry.header(30, NavigationEntry.Audience.EVERYONE, "/forum/", "nav.forum");
    }

    @Bean
    NavigationEntry notificationsInHeader() {
        return NavigationEntry.header(80, NavigationEntry.Audience.MEMBERS, "/notifications", "nav.notifications")
                .withUnreadCount();
    }

    @Bean
    AdminLink categoriesOnAdminHome() {
        return new AdminLink(40, "/admin/forum/categories", "admin.categories.title");
    }
}
