package org.mpscommons.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** A language the site's interface is offered in. Its code is the first segment of every page URL. */
@NamedInterface("api")
public enum Language {
    EN("en", Locale.ENGLISH),
    JA("ja", Locale.JAPANESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language a visitor is offered when none of theirs is served. */
    public static Language fallback() {
        return EN;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a path such as {@code /ja/about}, if its first segment names one. */
    public static Optional<Language> ofPath(String path) {
        if (path == null || path.length() < 3 || path.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        String segment = end < 0 ? path.substring(1) : path.substring(1, end);
        return fromCode(segment).filter(language -> segment.equals(language.code));
    }
}
