package org.mpscommons.content;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts characters back that the sanitizer wrote as numeric references. It encodes every full-width and half-width
 * form (U+FF00-FFEF) and every character beyond the BMP, in case something downstream NFKC-normalizes the HTML and
 * turns "＜" into "<". We serve UTF-8 and never normalize stored HTML, yet Japanese posts are full of "（）！？",
 * full-width digits and emoji, which would otherwise be stored several times larger and unreadable. Characters that
 * NFKC folds into markup-significant ASCII stay encoded, so the sanitizer's protection is kept where it matters.
 */
final class LiteralCharacters {

    // The sanitizer writes these references in lower-case hex; ASCII ones come as decimal and are left alone.
    private static final Pattern HEX_REFERENCE = Pattern.compile("&#x([0-9a-fA-F]{2,6});");
    private static final String MARKUP = "<>&\"'`=";

    private LiteralCharacters() {}

    static String restore(String sanitizedHtml) {
        Matcher m = HEX_REFERENCE.matcher(sanitizedHtml);
        StringBuilder out = new StringBuilder(sanitizedHtml.length());
        while (m.find()) {
            int cp = Integer.parseInt(m.group(1), 16);
            m.appendReplacement(out, Matcher.quoteReplacement(isHarmless(cp) ? Character.toString(cp) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    static boolean isHarmless(int cp) {
        if (cp < 0xA0 || !Character.isValidCodePoint(cp)) {
            return false;
        }
        switch (Character.getType(cp)) {
            // Invisible or meaningless characters (BOM, bidi overrides, private use) stay visible in the source.
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED -> {
                return false;
            }
            default -> {
                String folded = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
                return folded.chars().noneMatch(c -> MARKUP.indexOf(c) >= 0);
            }
        }
    }
}
