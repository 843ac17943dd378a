package org.mpscommons.web;

import org.springframework.context.MessageSource;

/** The interface texts of one language. A missing key fails loudly: every text lives in both bundles. */
public final class Messages {

    private final MessageSource source;
    private final Language language;

    Messages(MessageSource source, Language language) {
        this.source = source;
        this.language = language;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, language.locale());
    }
}
