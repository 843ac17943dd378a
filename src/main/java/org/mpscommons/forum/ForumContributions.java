package org.mpscommons.forum;

import org.mpscommons.accounts.AccountLink;
import org.mpscommons.web.AdminLink;
import org.mpscommons.web.HomeSection;
import org.mpscommons.web.NavigationEntry;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.RobotsRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the forum adds to the parts that web draws around every feature: the forum and a member's notifications in
 * the header, its member's pages on the account page, the forms that write and the moderators' and one member's pages kept from crawlers, and the
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
    AccountLink notificationsOnAccountPage() {
        return new AccountLink(
                AccountLink.Section.NOTIFICATIONS,
                10,
                "/notifications",
                "notifications.title",
                "account.link.notifications.hint");
    }

    @Bean
    AccountLink notificationMailsOnAccountPage() {
        return new AccountLink(
                AccountLink.Section.NOTIFICATIONS,
                20,
                "/notifications/settings",
                "notifications.settings.title",
                "account.link.notificationMails.hint");
    }

    @Bean
    AdminLink categoriesOnAdminHome() {
        return new AdminLink(40, "/admin/forum/categories", "admin.categories.title");
    }

    @Bean
    HomeSection latestDiscussionsOnHome(
            TopicRepository topics, Categories categories, TopicVersionCache versions, PageFactory pages) {
        return new TopicsOnHome(
                new TopicsOnHome.Kind(
                        20, null, 3, "home.discussions.heading", "home.discussions.more", "home.discussions.empty"),
                topics,
                categories,
                versions,
                pages);
    }

    /** The category the forum was seeded with for them (V11); an admin can rename it, not remove it. */
    @Bean
    HomeSection recoveryStoriesOnHome(
            TopicRepository topics, Categories categories, TopicVersionCache versions, PageFactory pages) {
        return new TopicsOnHome(
                new TopicsOnHome.Kind(
                        30, "recovery-stories", 2, "home.stories.heading", "home.stories.more", "home.stories.empty"),
                topics,
                categories,
                versions,
                pages);
    }
}
