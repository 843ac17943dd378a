package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * What each feature declares for web to draw (robots.txt rules, navigation entries, admin links) reaches the site,
 * all of it, in the features' order.
 */
@SiteTest
class FeatureContributionsTest {

    private static final Pattern LINK = Pattern.compile("<li><a href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void robotsTxtDisallowsEveryPathEachFeatureDeclaresInTheirOrder() {
        List<RobotsRules> rules = context.getBeansOfType(RobotsRules.class).values().stream()
                .sorted(Comparator.comparingInt(RobotsRules::order))
                .toList();
        List<String> expected = new ArrayList<>();
        rules.forEach(each -> expected.addAll(each.withoutLanguage()));
        for (Language language : Language.values()) {
            rules.forEach(each -> each.inEveryLanguage().forEach(path -> expected.add("/" + language.code() + path)));
        }
        List<String> disallowed = new SiteClient(port)
                .get("/robots.txt")
                .body()
                .lines()
                .filter(line -> line.startsWith("Disallow: "))
                .map(line -> line.substring("Disallow: ".length()))
                .toList();
        assertThat(disallowed)
                .containsExactlyElementsOf(expected)
                .contains(
                        "/admin", "/actuator", "/en/account", "/ja/forum/new", "/en/editors/", "/ja/doctor-kit/saved");
    }

    @Test
    void theHeaderAndFooterShowEachFeaturesEntriesForTheViewer() {
        String visitorPage = new SiteClient(port).get("/en/about").body();
        assertThat(links(section(visitorPage, "<nav class=\"site-nav\"", "</nav>")))
                .containsExactly(
                        "/en/articles/",
                        "/en/forum/",
                        "/en/doctor-kit",
                        "/en/links",
                        // Signing in from a page comes back to it.
                        "/en/login?next=/en/about",
                        "/en/register");
        assertThat(links(section(visitorPage, "<footer", "</footer>")))
                .containsExactly(
                        "/en/what-is-mps", "/en/about", "/en/privacy", "/en/contact", "/language/ja?to=/ja/about");

        SiteClient member = AccountsFixture.signedIn(port, AccountsFixture.confirmedMember(port, "ja"));
        assertThat(links(section(member.get("/ja/forum/").body(), "<nav class=\"site-nav\"", "</nav>")))
                .containsExactly(
                        "/ja/articles/",
                        "/ja/forum/",
                        "/ja/doctor-kit",
                        "/ja/links",
                        "/ja/notifications",
                        "/ja/account");
    }

    @Test
    void theAdminHomeListsEachFeaturesAdminPages() {
        String email = AccountsFixture.confirmedMember(port, "en");
        SiteClient admin = AccountsFixture.signedInStaff(context, port, email, Role.ADMIN);
        String home = admin.get("/admin/").body();
        assertThat(links(section(home, "<nav class=\"site-nav\"", "</nav>"))).contains("/admin/");
        List<String> declared = context.getBeansOfType(AdminLink.class).values().stream()
                .sorted(Comparator.comparingInt(AdminLink::order))
                .map(AdminLink::path)
                .toList();
        assertThat(links(section(home, "<main", "</main>")))
                .containsExactlyElementsOf(declared)
                .contains("/admin/users", "/admin/mail", "/admin/forum/categories", "/admin/search/synonyms");
    }

    /** Labels named in Java escape I18nBundlesTest's look at the templates: each must exist in every language. */
    @Test
    void everyDeclaredLabelHasItsTextInEveryLanguage() {
        MessageSource messages = context.getBean(MessageSource.class);
        List<String> keys = new ArrayList<>();
        context.getBeansOfType(NavigationEntry.class).values().stream()
                .map(NavigationEntry::labelKey)
                .filter(java.util.Objects::nonNull)
                .forEach(keys::add);
        context.getBeansOfType(AdminLink.class).values().forEach(link -> keys.add(link.labelKey()));
        context.getBeansOfType(HomeSection.class)
                .values()
                .forEach(section -> keys.addAll(List.of(section.headingKey(), section.moreKey(), section.emptyKey())));
        assertThat(keys).contains("nav.forum", "admin.mail.title", "home.discussions.heading", "home.articles.empty");
        for (Language language : Language.values()) {
            for (String key : keys) {
                assertThat(messages.getMessage(key, null, language.locale()))
                        .as(key)
                        .isNotBlank();
            }
        }
    }

    @Test
    void theHeaderSearchBoxIsTheOneSearchDeclares() {
        assertThat(context.getBeansOfType(HeaderSearch.class).values())
                .singleElement()
                .extracting(HeaderSearch::path)
                .isEqualTo("/search");
        HeaderSearch box = context.getBean(HeaderSearch.class);
        MessageSource messages = context.getBean(MessageSource.class);
        for (Language language : Language.values()) {
            for (String key : List.of(box.formLabelKey(), box.fieldLabelKey(), box.buttonKey())) {
                assertThat(messages.getMessage(key, null, language.locale()))
                        .as(key)
                        .isNotBlank();
            }
        }
        String header = section(new SiteClient(port).get("/ja/about").body(), "<header", "</header>");
        assertThat(header)
                .contains("<form class=\"header-search\" method=\"get\" action=\"/ja/search\" role=\"search\""
                        + " aria-label=\"サイト内を検索\">")
                .contains("<label class=\"visually-hidden\" for=\"header-q\">検索する言葉</label>")
                .contains("<input id=\"header-q\" name=\"q\" type=\"search\" maxlength=\"200\" placeholder=\"検索\">")
                .contains("<button class=\"button button-secondary\" type=\"submit\">検索</button>");
        // On the results page both the header's boxes show the words searched for, as a search engine's header does.
        String results =
                section(new SiteClient(port).get("/ja/search?q=%E8%82%A9").body(), "<header", "</header>");
        assertThat(results).contains("id=\"header-q\" name=\"q\" type=\"search\" maxlength=\"200\" value=\"肩\"");
        assertThat(results).contains("id=\"phone-q\" name=\"q\" type=\"search\" maxlength=\"200\" value=\"肩\"");
    }

    /** Accounts' member says where to give the second factor, and on which of its pages not to be reminded of it. */
    @Test
    void theSecondFactorReminderLeadsWhereAccountsSaysAndStaysOffItsPagesThatAskForIt() {
        String email = AccountsFixture.confirmedMember(port, "en");
        AccountsFixture.setRoles(context, email, Role.EDITOR);
        SiteClient editor = AccountsFixture.signedIn(port, email);
        String reminder = "<p class=\"notice-inline\" role=\"status\">In this session your moderator, editor, admin or"
                + " reviewer powers are off until you sign in with your second factor."
                + " <a href=\"/en/account/two-factor?required\">Turn them on</a></p>";
        assertThat(editor.get("/en/about").body()).contains(reminder);
        assertThat(editor.get("/en/account").body()).contains(reminder);
        assertThat(editor.get("/en/account/two-factor").body()).doesNotContain("powers are off");
        assertThat(editor.get("/en/login").body()).doesNotContain("powers are off");
    }

    private static String section(String page, String start, String end) {
        int from = page.indexOf(start);
        return page.substring(from, page.indexOf(end, from));
    }

    private static List<String> links(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            hrefs.add(link.group(1));
        }
        return hrefs;
    }
}
