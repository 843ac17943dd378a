package org.mpscommons.content;

import org.springframework.modulith.NamedInterface;

/**
 * Guesses whether a text is Japanese or English from its script, so that a post gets the right {@code lang}
 * attribute (screen-reader voice, font choice, hyphenation) and the right search analyzer, whatever page language
 * its author happened to use. The site only knows these two languages, so this is not a language detector.
 */
@NamedInterface("api")
public final class ScriptLanguage {

    /**
     * Japanese wins at 10% of the letters. One kana or kanji carries about as much as a short English word, so a
     * post written in Japanese stays well above this even when it is full of English terms ("MPSでTrigger Point
     * Injectionを受けた" is 17%). When in doubt "ja" is the cheaper mistake: without it browsers may draw kanji with
     * Chinese glyph shapes, and a Japanese search analyzer copes with English words while an English one cannot
     * segment Japanese. Han ideographs count too, because a short Japanese text can be all kanji ("筋膜性疼痛症候群");
     * Chinese text thus reads as Japanese, the nearer of our two languages.
     */
    static final double JAPANESE_SHARE = 0.10;

    private ScriptLanguage() {}

    /**
     * "ja" or "en"; {@code null} when the text has no letters at all (only digits, emoji or punctuation), in which
     * case the caller should use the page's language.
     */
    public static String guess(String text) {
        if (text == null) {
            return null;
        }
        int letters = 0;
        int japanese = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (isJapanese(cp)) {
                    japanese++;
                }
            }
        }
        if (letters == 0) {
            return null;
        }
        return japanese >= JAPANESE_SHARE * letters ? "ja" : "en";
    }

    // The long-vowel mark ー belongs to no single script (Common), but it only ever appears in Japanese writing.
    private static boolean isJapanese(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HAN
                || cp == 'ー'
                || cp == 'ｰ';
    }
}
