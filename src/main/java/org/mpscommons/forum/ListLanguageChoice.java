package org.mpscommons.forum;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Set;
import org.mpscommons.web.Language;
import org.mpscommons.web.NeutralCookie;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Which languages a reader's topic lists show: the page's by default (a Japanese page lists Japanese topics), or the
 * reader's choice of both languages or the other one, remembered in a cookie that holds nothing but that choice.
 * Choosing the page's own language again forgets it.
 *
 * <p>Lists for visitors come from the visitor page cache, which keys pages by address only: a request carrying this
 * cookie is therefore not answered from it ({@code ForumListVisitorPages}), while every other page still is, since
 * the cookie is declared neutral.
 */
@Component
class ListLanguageChoice {

    static final String COOKIE = "mps_forum_lang";

    /** Both languages. */
    static final String ALL = "all";

    /** A choice outlives occasional visits, as the site's language choice does. */
    private static final Duration LIFETIME = Duration.ofDays(365);

    private static final Set<String> CHOICES = Set.of("ja", "en", ALL);

    /**
     * The list's languages for this request: {@code asked} (a list's {@code lang} parameter) when it is a choice, else
     * the remembered one, else the page's. A choice asked for is remembered, or forgotten when it is the page's own.
     *
     * @return ja, en or all
     */
    String resolve(Language page, String asked, HttpServletRequest request, HttpServletResponse response) {
        String remembered = remembered(request);
        if (asked == null || !CHOICES.contains(asked)) {
            return remembered != null ? remembered : page.code();
        }
        if (asked.equals(page.code())) {
            if (remembered != null) {
                write(response, request, "", Duration.ZERO);
            }
        } else if (!asked.equals(remembered)) {
            write(response, request, asked, LIFETIME);
        }
        return asked;
    }

    /** Whether the request carries a choice (of any value: the list it asks for is then not the default one). */
    static boolean carried(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && CHOICES.contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, String value, Duration age) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
                .path("/")
                .maxAge(age)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    @Configuration(proxyBeanMethods = false)
    static class Cookies {

        /** Changes only the forum's lists, whose visitor page source declines requests that carry it. */
        @Bean
        NeutralCookie listLanguageCookieIsNeutralElsewhere() {
            return new NeutralCookie(COOKIE);
        }
    }
}
