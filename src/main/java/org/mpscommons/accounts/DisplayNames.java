package org.mpscommons.accounts;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * What makes two names the same to a reader. A name is stored normalised (NFKC, so that full-width ＡＢＣ and
 * half-width katakana ｶﾅ become ABC and カナ; spaces trimmed and runs of them made one), may not hide characters a
 * reader cannot see, and is unique by its confusable skeleton (Unicode TS #39, as ICU's SpoofChecker computes it), so
 * that Cyrillic "а" cannot pass for Latin "a", nor 力夕 (kanji) for カタ (katakana). Used for members' display names and
 * guests' names in the forum.
 */
@NamedInterface("api")
public final class DisplayNames {

    /** Built once: its confusables data is immutable and its skeleton method is safe from any thread. */
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private DisplayNames() {}

    /** The name as it is stored and shown: NFKC, trimmed, with each run of white space made one space. */
    public static String normalized(String typed) {
        if (typed == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC))
                .replaceAll(" ")
                .strip();
    }

    /**
     * Whether the name holds a character a reader cannot see or that changes how the rest reads: controls, format
     * characters (zero-width space, joiner and non-joiner, U+200E/F, the bidi embeddings, overrides and isolates
     * U+202A-E and U+2066-9, U+FEFF), other default-ignorable ones (Hangul fillers), and private-use or unassigned
     * code points, which most devices show as nothing or a box. Variation selectors stay: some Japanese names need
     * one to pick a kanji's form (異体字), and the skeleton ignores them anyway.
     */
    public static boolean hidesCharacters(String name) {
        return name.codePoints().anyMatch(DisplayNames::hidden);
    }

    /**
     * The name's confusable skeleton, for uniqueness. TS #39's skeleton keeps case ("al0ne" becomes "alOne"), so it
     * is case-folded and taken again: "al0ne", "aI0ne" and "alone" meet, and so do "alice" and "АIice" (a Cyrillic
     * А, a capital I). Names that differ only in case are already one name by their lower-cased key.
     */
    public static String skeleton(String name) {
        String once = SPOOF.getSkeleton(normalized(name));
        return SPOOF.getSkeleton(UCharacter.foldCase(once, true));
    }

    private static boolean hidden(int codePoint) {
        return switch (UCharacter.getType(codePoint)) {
            case UCharacterCategory.CONTROL,
                    UCharacterCategory.FORMAT,
                    UCharacterCategory.PRIVATE_USE,
                    UCharacterCategory.SURROGATE,
                    UCharacterCategory.UNASSIGNED -> true;
            default ->
                UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                        && !UCharacter.hasBinaryProperty(codePoint, UProperty.VARIATION_SELECTOR);
        };
    }
}
