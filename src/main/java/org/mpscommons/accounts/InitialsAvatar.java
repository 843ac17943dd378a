package org.mpscommons.accounts;

import java.lang.Character.UnicodeScript;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The avatar of a member without a picture: the first letters of their display name in white on a colour of a fixed
 * palette, drawn on the server as a small SVG. Everything it shows is in its address
 * ({@code /avatars/initials/{colour}/{letters}.svg}), so one address always means one image: browsers keep it for a
 * year, and serving it reads no database.
 */
final class InitialsAvatar {

    /**
     * Backgrounds for white letters, each at least 4.5:1 against white (WCAG AA for normal text: the letters are
     * about 16 CSS pixels), and told apart from their neighbours. {@code InitialsAvatarTest} checks the contrast.
     */
    static final List<String> PALETTE = List.of(
            "#0b4f6c", // deep teal, the site's accent
            "#1e6b34", // green
            "#a4161a", // red
            "#5b2a86", // purple
            "#0a4d8c", // blue
            "#8a3b00", // rust
            "#7a2357", // plum
            "#4a5a12"); // olive

    static final String NOBODY = Avatar.PATH + "nobody.svg";

    /** Scripts in which a name's first character is a whole syllable or word, and stands alone: 山田 is 山. */
    private static final Set<UnicodeScript> ONE_CHARACTER_SCRIPTS =
            Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

    private static final String FONTS =
            "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Hiragino Sans', 'Noto Sans CJK JP',"
                    + " 'Yu Gothic', Meiryo, sans-serif";

    private InitialsAvatar() {}

    /**
     * The letters shown: a Japanese (or Chinese, Korean) name's first character; otherwise the first letter of the
     * first word and of the last, capitalised ("Hanako Yamada" is HY, "mps_patient" MP, "Taro" T). Symbols and emoji
     * are skipped; a name of none but those gets "?".
     */
    static String letters(String name) {
        List<Integer> starts = new ArrayList<>();
        if (name != null) {
            for (String word : name.strip().split("[\\s_\\-.・･]+")) {
                word.codePoints().filter(Character::isLetterOrDigit).findFirst().ifPresent(starts::add);
            }
        }
        if (starts.isEmpty()) {
            return "?";
        }
        int first = starts.get(0);
        if (ONE_CHARACTER_SCRIPTS.contains(UnicodeScript.of(first))) {
            return Character.toString(first);
        }
        StringBuilder letters = new StringBuilder().appendCodePoint(first);
        int last = starts.get(starts.size() - 1);
        if (starts.size() > 1 && !ONE_CHARACTER_SCRIPTS.contains(UnicodeScript.of(last))) {
            letters.appendCodePoint(last);
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * The palette colour for a member: a hash of their id, mixed (the finalizer of MurmurHash3) so that members who
     * joined one after the other do not get neighbouring colours in order.
     */
    static int colour(long seed) {
        long h = seed;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) Math.floorMod(h, (long) PALETTE.size());
    }

    static String path(String letters, int colour) {
        return Avatar.PATH + "initials/" + colour + "/"
                + URLEncoder.encode(letters, StandardCharsets.UTF_8).replace("+", "%20") + ".svg";
    }

    /** Whether an address's letters are ones {@link #letters} makes: one or two letters or digits. */
    static boolean valid(String letters) {
        long count = letters.codePoints().count();
        return count >= 1
                && count <= 2
                && (letters.equals("?") || letters.codePoints().allMatch(Character::isLetterOrDigit));
    }

    /**
     * The image: a disc of the colour, the letters in white at its centre. One character is drawn larger than two;
     * sizes are in the 40-unit view box, which the page scales to the avatar's size.
     */
    static String svg(String letters, int colour) {
        int size = letters.codePointCount(0, letters.length()) == 1 ? 20 : 16;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\" width=\"40\" height=\"40\">"
                + "<circle cx=\"20\" cy=\"20\" r=\"20\" fill=\"" + PALETTE.get(colour) + "\"/>"
                + "<text x=\"20\" y=\"20\" dy=\"0.05em\" text-anchor=\"middle\" dominant-baseline=\"central\""
                + " font-family=\"" + FONTS + "\" font-size=\"" + size + "\" font-weight=\"700\" fill=\"#ffffff\">"
                + escape(letters) + "</text></svg>";
    }

    /** A grey disc with a head and shoulders: the writer is no longer a member. */
    static String nobodySvg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\" width=\"40\" height=\"40\">"
                + "<circle cx=\"20\" cy=\"20\" r=\"20\" fill=\"#5f6b76\"/>"
                + "<circle cx=\"20\" cy=\"16\" r=\"7\" fill=\"#ffffff\"/>"
                + "<path d=\"M8 34c2-7 7-10 12-10s10 3 12 10z\" fill=\"#ffffff\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
