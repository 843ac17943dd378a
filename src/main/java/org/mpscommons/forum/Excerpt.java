package org.mpscommons.forum;

import java.lang.Character.UnicodeScript;

/**
 * The start of a post as topic lists show it: plain text (the content pipeline's, so no Markdown or HTML), about two
 * lines on a phone, cut where a reader expects a pause rather than inside a word.
 */
final class Excerpt {

    /**
     * Characters read from the database for an excerpt ({@code TopicRepository}): more than either limit below, so
     * that a cut can look back for a pause.
     */
    static final int READ = 300;

    /** Latin text: about two lines of the main column on a desktop, three or four on a phone (CSS shows two). */
    static final int LATIN = 200;

    /** Japanese takes about twice the width per character, and says as much in half the characters. */
    static final int WIDE = 110;

    /** How far back from the limit a cut may go to end at a sentence, a comma or a space. */
    private static final int LOOK_BACK = 40;

    private Excerpt() {}

    static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String plain = text.strip();
        int limit = wide(plain) ? WIDE : LATIN;
        if (plain.codePointCount(0, plain.length()) <= limit) {
            return plain;
        }
        int end = plain.offsetByCodePoints(0, limit);
        int cut = pause(plain, end);
        return plain.substring(0, cut).stripTrailing() + "…";
    }

    /** Where to cut at or before {@code end}: after 。！？、 or . ! ? , or before a space; else at {@code end}. */
    private static int pause(String text, int end) {
        for (int i = end; i > 0 && i > end - LOOK_BACK; i--) {
            char before = text.charAt(i - 1);
            if ("。！？、".indexOf(before) >= 0) {
                return i;
            }
            if (i < text.length() && Character.isWhitespace(text.charAt(i)) && ".!?,;:".indexOf(before) >= 0) {
                return i;
            }
        }
        for (int i = end; i > 0 && i > end - LOOK_BACK; i--) {
            if (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return end; // a code point boundary: the limit was counted in code points
    }

    /** Text that starts in Japanese (or another script of wide characters) counts as such. */
    private static boolean wide(String text) {
        return text.codePoints().filter(Character::isLetter).limit(20).anyMatch(cp -> switch (UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> true;
            default -> false;
        });
    }
}
