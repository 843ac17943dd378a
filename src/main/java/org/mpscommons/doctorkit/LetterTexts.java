package org.mpscommons.doctorkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The letter's fixed wording in one language (doctorkit/letter_{ja,en}.properties), apart from the site's interface
 * texts: the letter's language is the patient's choice, not the page's.
 */
final class LetterTexts {

    static final LetterTexts JAPANESE = new LetterTexts("ja");
    static final LetterTexts ENGLISH = new LetterTexts("en");

    private final Properties texts = new Properties();
    private final Locale locale;

    private LetterTexts(String language) {
        this.locale = Locale.forLanguageTag(language);
        try (InputStream in = LetterTexts.class.getResourceAsStream("/doctorkit/letter_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LetterTexts of(String language) {
        return "ja".equals(language) ? JAPANESE : ENGLISH;
    }

    String get(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no letter text " + key);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** Items joined as the language lists them. */
    /** "2026年12月7日", "7 December 2026". */
    String date(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern(
                        locale.getLanguage().equals("ja") ? "uuuu年M月d日" : "d MMMM uuuu", locale)
                .format(date);
    }

    String list(List<String> items) {
        return String.join(locale.getLanguage().equals("ja") ? "、" : ", ", items);
    }
}
