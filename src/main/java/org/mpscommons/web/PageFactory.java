package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the {@link Page} that every template is rendered with. */
@Component
@NamedInterface("api")
public class PageFactory {

    private final MessageSource messageSource;
    private final Assets assets;
    private final SiteProperties site;
    private final DateFormats dates;
    private final LanguagePreference preference;
    private final org.springframework.beans.factory.ObjectProvider<UnreadNotifications> unread;

    private final SiteAddress address;
    private final SiteNavigation navigation;

    PageFactory(
            MessageSource messageSource,
            Assets assets,
            SiteProperties site,
            SiteAddress address,
            LanguagePreference preference,
            org.springframework.beans.factory.ObjectProvider<UnreadNotifications> unread,
            SiteNavigation navigation) {
        this.address = address;
        this.navigation = navigation;
        this.unread = unread;
        this.preference = preference;
        this.messageSource = messageSource;
        this.assets = assets;
        this.site = site;
        this.dates = new DateFormats(site.timeZone());
    }

    /** A page that exists in every language at {@code /{lang}{localPath}}. */
    public Page page(Language language, String localPath, HttpServletRequest request) {
        String base = baseUrl();
        List<Page.Alternate> alternates = new ArrayList<>();
        Hreflang.paths(localPath)
                .forEach((hreflang, path) -> alternates.add(new Page.Alternate(hreflang, base + path)));
        return build(
                language, localPath, base + "/" + language.code() + localPath, List.copyOf(alternates), request, true);
    }

    /**
     * A page whose language versions have addresses of their own (an article and its translation, each with its own
     * slug): hreflang lists the versions that exist, with English, else the first, as x-default.
     *
     * @param versions the local path (after the language) of each language version, this page's included
     */
    public Page translatedPage(
            Language language, java.util.Map<Language, String> versions, HttpServletRequest request) {
        String base = baseUrl();
        List<Page.Alternate> alternates = new ArrayList<>();
        versions.forEach(
                (each, path) -> alternates.add(new Page.Alternate(each.code(), base + "/" + each.code() + path)));
        if (versions.size() > 1) {
            Language fallback = versions.containsKey(Language.fallback())
                    ? Language.fallback()
                    : versions.keySet().iterator().next();
            alternates.add(new Page.Alternate("x-default", base + "/" + fallback.code() + versions.get(fallback)));
        } else {
            alternates.clear();
        }
        String localPath = versions.get(language);
        return build(
                language, localPath, base + "/" + language.code() + localPath, List.copyOf(alternates), request, true);
    }

    /**
     * A page showing content written in one language (a forum topic): it can be read with either language's menus,
     * but its one canonical URL is the one in the content's language, so search engines index it once.
     */
    public Page contentPage(Language language, String localPath, Language contentLanguage, HttpServletRequest request) {
        String base = baseUrl();
        return build(language, localPath, base + "/" + contentLanguage.code() + localPath, List.of(), request, true);
    }

    /** A page only for signed-in members or for one visitor's form: never indexed, never listed in hreflang. */
    public Page privatePage(Language language, String localPath, HttpServletRequest request) {
        return build(language, localPath, null, List.of(), request, true);
    }

    /** A page of the admin area: no language in its URL; shown in the language the visitor last chose. */
    public Page adminPage(String path, HttpServletRequest request) {
        Language language = preference.of(request);
        return build(language, path, null, List.of(), request, false);
    }

    /** A page that search engines must not index, such as an error page. */
    public Page unindexedPage(Language language, String localPath) {
        return build(language, localPath, null, List.of(), null, true);
    }

    /**
     * @param request null for a page that answers no request of its own (an error page): it carries no form token
     *     and, so that an error never waits on the database, no count of unread notifications
     */
    private Page build(
            Language language,
            String localPath,
            String canonicalUrl,
            List<Page.Alternate> alternates,
            HttpServletRequest request,
            boolean languageInPath) {
        Viewer viewer = viewer();
        return new Page(
                language,
                localPath,
                canonicalUrl,
                alternates,
                new Messages(messageSource, language),
                dates,
                assets,
                site,
                viewer,
                request == null ? null : csrf(request),
                languageInPath,
                request == null ? 0 : unread(viewer),
                navigation,
                searchQuery(localPath, request));
    }

    /** The words of a search, when this is the results page; the header's box shows them, as search engines do. */
    private String searchQuery(String localPath, HttpServletRequest request) {
        HeaderSearch search = navigation.headerSearch();
        if (request == null || search == null || !search.path().equals(localPath)) {
            return "";
        }
        String query = request.getParameter(search.parameter());
        if (query == null) {
            return "";
        }
        query = query.strip();
        return query.length() > search.maxLength() ? query.substring(0, search.maxLength()) : query;
    }

    /** One indexed count per page for a signed-in member; nothing for visitors. */
    private long unread(Viewer viewer) {
        if (viewer == null) {
            return 0;
        }
        UnreadNotifications provider = unread.getIfAvailable();
        return provider == null ? 0 : provider.count(viewer);
    }

    private static Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Viewer viewer ? viewer : null;
    }

    private static CsrfToken csrf(HttpServletRequest request) {
        return VisitorPageCache.csrfToken(request);
    }

    /** The interface texts of one language, for responses that are not pages (feeds, mails). */
    public Messages messages(Language language) {
        return new Messages(messageSource, language);
    }

    /** The site's absolute URL without a trailing slash (never the request's Host: see {@link SiteAddress}). */
    public String baseUrl() {
        return address.base();
    }
}
