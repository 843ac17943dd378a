package org.mpscommons.web;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the layout needs to know about the page being rendered: its language, where it lives in every language, and
 * how to reach texts, assets and date formats. Every page template receives one.
 *
 * @param localPath the page's path without its language prefix, such as {@code /about} (home is {@code /})
 * @param canonicalUrl absolute URL of this page; null for pages that must not be indexed (errors)
 * @param alternates this page in every language, for hreflang links; empty for pages that must not be indexed
 * @param viewer the signed-in person, or null for a visitor
 * @param csrf the token every form that changes something must carry (field {@code _csrf}); null on error pages
 * @param languageInPath false for the admin area, whose URLs carry no language (it follows the visitor's choice)
 * @param unreadNotifications how many notifications the signed-in viewer has not read (0 for visitors)
 * @param navigation every feature's links in the header and the footer, and the header's search box
 * @param searchQuery on the search results page, the words searched for, which the header's box shows again; else
 *     empty
 */
@NamedInterface("api")
public record Page(
        Language language,
        String localPath,
        String canonicalUrl,
        List<Alternate> alternates,
        Messages messages,
        DateFormats dates,
        Assets assets,
        SiteProperties site,
        Viewer viewer,
        CsrfToken csrf,
        boolean languageInPath,
        long unreadNotifications,
        SiteNavigation navigation,
        String searchQuery) {

    /** One language version of a page; {@code hreflang} is a language code or {@code x-default}. */
    public record Alternate(String hreflang, String href) {}

    /** The header's links that this viewer sees, in order. */
    public List<NavigationEntry> headerNavigation() {
        return navigation.entries(NavigationEntry.Place.HEADER, viewer);
    }

    public List<NavigationEntry> footerNavigation() {
        return navigation.entries(NavigationEntry.Place.FOOTER, viewer);
    }

    /** The search box in the header; null on a site where no feature answers searches. */
    public HeaderSearch headerSearch() {
        return navigation.headerSearch();
    }

    public boolean signedIn() {
        return viewer != null;
    }

    /**
     * Whether the layout tells the viewer that their powers wait for the second factor, and where to give it: on
     * every page but those that ask for it already.
     */
    public boolean remindsOfSecondFactor() {
        return viewer != null && viewer.powersWaitForSecondFactor() && !viewer.asksForSecondFactorOn(localPath);
    }

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    public String lang() {
        return language.code();
    }

    /** A site path in this page's language: {@code href("/about")} is {@code /ja/about} on a Japanese page. */
    public String href(String path) {
        return "/" + language.code() + path;
    }

    /**
     * A link to {@code path} (such as the sign-in page) that brings the visitor back to this page afterwards: the one
     * helper behind every "sign in to …" link. On that page itself, or on one outside the languages, a plain link.
     */
    public String hrefReturningHere(String path) {
        if (!languageInPath || localPath.equals(path)) {
            return href(path);
        }
        return ReturnPath.link(href(path), href(localPath));
    }

    /** A link to {@code path} that brings the visitor back to {@code returnTo} (a site path) afterwards. */
    public String hrefReturningTo(String path, String returnTo) {
        return ReturnPath.link(href(path), returnTo);
    }

    public Language otherLanguage() {
        return language == Language.EN ? Language.JA : Language.EN;
    }

    /** The language switch: remembers the choice, then shows this same page in the other language. */
    public String switchHref() {
        Language other = otherLanguage();
        return "/language/" + other.code() + "?to=" + (languageInPath ? "/" + other.code() + localPath : localPath);
    }

    public boolean indexable() {
        return canonicalUrl != null;
    }

    public boolean isCurrent(String path) {
        return localPath.equals(path);
    }

    public String asset(String path) {
        return assets.url(path);
    }

    public String date(LocalDate date) {
        return dates.date(date, language);
    }

    public String dateTime(Instant instant) {
        return dates.dateTime(instant, language);
    }

    /**
     * How long ago, in words ("3 hours ago"); beyond a month the date itself. Shown beside the exact time, which goes
     * in the {@code <time>} element's title and datetime.
     */
    public String ago(Instant instant) {
        java.time.Duration elapsed = java.time.Duration.between(instant, Instant.now());
        if (elapsed.toMinutes() < 1) {
            return t("time.justNow");
        } else if (elapsed.toHours() < 1) {
            return t("time.minutesAgo", elapsed.toMinutes());
        } else if (elapsed.toDays() < 1) {
            return t("time.hoursAgo", elapsed.toHours());
        } else if (elapsed.toDays() < 31) {
            return t("time.daysAgo", elapsed.toDays());
        }
        return dates.date(LocalDate.ofInstant(instant, site.timeZone()), language);
    }

    /**
     * A heading or another short text, escaped, that on a Japanese page breaks between lines only between phrases
     * (never 「ログイ／ン」); on an English page, or for a text without kana or kanji, just the escaped text.
     */
    public Content phrases(String text) {
        if (text == null) {
            return output -> {};
        } else if (language == Language.JA && PhraseBreaks.hasJapanese(text)) {
            return PhraseBreaks.japanese().html(text);
        }
        return output -> Escape.htmlContent(text, output);
    }

    /** For {@code <time datetime>}. */
    public String isoDateTime(Instant instant) {
        return dates.isoDateTime(instant);
    }
}
