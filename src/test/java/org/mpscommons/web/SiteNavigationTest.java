package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpscommons.web.NavigationEntry.Audience;
import org.mpscommons.web.NavigationEntry.Place;

/** The navigation is drawn from what features declare, in their order, for the viewers each entry is meant for. */
class SiteNavigationTest {

    private static final Viewer MEMBER = () -> "Hanako";
    private static final Viewer ADMIN = new Viewer() {
        @Override
        public String displayName() {
            return "Taro";
        }

        @Override
        public boolean isAdmin() {
            return true;
        }
    };

    private final SiteNavigation navigation = new SiteNavigation(List.of(
            NavigationEntry.header(30, Audience.VISITORS, "/login", "nav.signIn"),
            NavigationEntry.viewerName(40, "/account"),
            NavigationEntry.header(10, Audience.EVERYONE, "/", "nav.home"),
            NavigationEntry.adminArea(20, "/admin/", "nav.admin"),
            NavigationEntry.footer(10, "/about", "nav.about")));

    @Test
    void eachViewerSeesTheEntriesMeantForThemInTheDeclaredOrder() {
        assertThat(paths(navigation.entries(Place.HEADER, null))).containsExactly("/", "/login");
        assertThat(paths(navigation.entries(Place.HEADER, MEMBER))).containsExactly("/", "/account");
        assertThat(paths(navigation.entries(Place.HEADER, ADMIN))).containsExactly("/", "/admin/", "/account");
        assertThat(paths(navigation.entries(Place.FOOTER, null))).containsExactly("/about");
        assertThat(paths(navigation.entries(Place.FOOTER, ADMIN))).containsExactly("/about");
    }

    @Test
    void theAdminAreaIsLinkedWithoutALanguageAndNeverMarkedAsTheCurrentPage() {
        Page adminHome = page("/admin/", false);
        NavigationEntry admin = NavigationEntry.adminArea(20, "/admin/", "nav.admin");
        assertThat(admin.href(adminHome)).isEqualTo("/admin/");
        assertThat(admin.isCurrent(adminHome)).isFalse();

        Page forum = page("/forum/", true);
        NavigationEntry entry = NavigationEntry.header(30, Audience.EVERYONE, "/forum/", "nav.forum");
        assertThat(entry.href(forum)).isEqualTo("/ja/forum/");
        assertThat(entry.isCurrent(forum)).isTrue();
    }

    @Test
    void twoEntriesOfAPlaceWithTheSameOrderFailTheStart() {
        assertThatThrownBy(() -> new SiteNavigation(List.of(
                        NavigationEntry.header(10, Audience.VISITORS, "/login", "nav.signIn"),
                        NavigationEntry.header(10, Audience.MEMBERS, "/notifications", "nav.notifications"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("order 10");
        // The header and the footer each have their own order.
        new SiteNavigation(List.of(
                NavigationEntry.header(10, Audience.EVERYONE, "/", "nav.home"),
                NavigationEntry.footer(10, "/about", "nav.about")));
    }

    @Test
    void onlyMembersHaveANameOrNotificationsToShow() {
        assertThatThrownBy(() -> NavigationEntry.header(10, Audience.EVERYONE, "/notifications", "nav.notifications")
                        .withUnreadCount())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NavigationEntry(
                        Place.HEADER, 10, Audience.VISITORS, "/account", true, NavigationEntry.Label.VIEWER_NAME, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NavigationEntry.header(10, Audience.EVERYONE, "/about", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHeaderHasASearchBoxOnlyWhenAFeatureDeclaresOne() {
        assertThat(navigation.headerSearch()).isNull();
        HeaderSearch box = new HeaderSearch("/search", "q", 200, "search.site", "search.label", "search.submit");
        assertThat(new SiteNavigation(List.of(), List.of(box)).headerSearch()).isSameAs(box);
        assertThatThrownBy(() -> new SiteNavigation(
                        List.of(),
                        List.of(box, new HeaderSearch("/find", "q", 100, "find.site", "find.label", "find.submit"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two header search boxes");
    }

    private static List<String> paths(List<NavigationEntry> entries) {
        return entries.stream().map(NavigationEntry::path).toList();
    }

    private static Page page(String localPath, boolean languageInPath) {
        return new Page(
                Language.JA,
                localPath,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                languageInPath,
                0,
                null,
                "");
    }
}
