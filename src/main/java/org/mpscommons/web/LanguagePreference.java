package org.mpscommons.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Which language to show a visitor who has not chosen one by URL: their remembered choice (a cookie, set only
 * by the language switch), else the first served language in their browser's Accept-Language.
 */
@Component
@NamedInterface("api")
public class LanguagePreference {

    static final String COOKIE = "mps_lang";
    /** A remembered choice outlives occasional visits; it holds no personal data. */
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

    public Language of(HttpServletRequest request) {
        return remembered(request).orElseGet(() -> fromAcceptLanguage(request));
    }

    public Optional<Language> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.fromCode(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public void remember(Language language, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, language.code())
                .path("/")
                .maxAge(COOKIE_LIFETIME)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private static Language fromAcceptLanguage(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Language.fallback();
        }
        // The container orders the header's locales by quality value.
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<Language> served = Language.fromCode(locale.getLanguage());
            if (served.isPresent()) {
                return served.get();
            }
        }
        return Language.fallback();
    }
}
