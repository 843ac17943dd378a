package org.mpscommons.accounts;

import java.util.List;
import org.mpscommons.web.AdminLink;
import org.mpscommons.web.NavigationEntry;
import org.mpscommons.web.NeutralCookie;
import org.mpscommons.web.RobotsRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What accounts adds to the parts that web draws around every feature: the ways to sign in, to one's account and
 * into the admin area in the header, its own pages on the account page, the members' and admins' areas kept from crawlers, its pages on the admin home,
 * and the device cookie, which does not change what a page shows.
 */
@Configuration(proxyBeanMethods = false)
class AccountsContributions {

    /** The admin area (which accounts guards for every feature) and a member's own pages. */
    @Bean
    RobotsRules accountsRobotsRules() {
        return new RobotsRules(10, List.of("/admin"), List.of("/account"));
    }

    @Bean
    NavigationEntry adminAreaInHeader() {
        return NavigationEntry.adminArea(70, "/admin/", "nav.admin");
    }

    @Bean
    NavigationEntry accountInHeader() {
        return NavigationEntry.viewerName(90, "/account");
    }

    @Bean
    NavigationEntry signInInHeader() {
        // Signing in from any page comes back to it.
        return NavigationEntry.header(100, NavigationEntry.Audience.VISITORS, "/login", "nav.signIn")
                .returningHere();
    }

    @Bean
    NavigationEntry registerInHeader() {
        return NavigationEntry.header(110, NavigationEntry.Audience.VISITORS, "/register", "nav.register");
    }

    @Bean
    AccountLink profileOnAccountPage() {
        return new AccountLink(
                AccountLink.Section.PROFILE, 10, "/account/profile", "profile.edit", "account.link.profile.hint");
    }

    @Bean
    AccountLink languageOnAccountPage() {
        return new AccountLink(
                AccountLink.Section.PROFILE,
                20,
                "/account/settings#language-heading",
                "account.link.language",
                "account.link.language.hint");
    }

    @Bean
    AccountLink settingsOnAccountPage() {
        return new AccountLink(
                AccountLink.Section.SECURITY,
                10,
                "/account/settings",
                "account.link.settings",
                "account.link.settings.hint");
    }

    @Bean
    AccountLink twoFactorOnAccountPage() {
        return new AccountLink(
                AccountLink.Section.SECURITY,
                20,
                "/account/two-factor",
                "account.twoFactor",
                "account.link.twoFactor.hint");
    }

    @Bean
    AccountLink exportOnAccountPage() {
        return new AccountLink(
                AccountLink.Section.YOUR_DATA, 10, "/account/export", "export.title", "account.link.export.hint");
    }

    @Bean
    AccountLink deletionOnAccountPage() {
        return new AccountLink(
                AccountLink.Section.YOUR_DATA, 20, "/account/delete", "delete.title", "account.link.delete.hint");
    }

    @Bean
    AdminLink membersOnAdminHome() {
        return new AdminLink(10, "/admin/users", "admin.users.title");
    }

    @Bean
    AdminLink auditLogOnAdminHome() {
        return new AdminLink(20, "/admin/audit", "admin.audit.title");
    }

    /** It only lets the confirmation link sign in the browser that registered; pages look the same with it. */
    @Bean
    NeutralCookie registeringBrowserIsNeutral() {
        return new NeutralCookie(RegisteringBrowser.NAME);
    }

    /** It only lets its owner past a lock-out at sign-in; a visitor carrying it still gets the visitors' page. */
    @Bean
    NeutralCookie deviceCookieIsNeutral() {
        return new NeutralCookie(DeviceCookie.NAME);
    }
}
