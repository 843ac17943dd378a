package org.mpscommons.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * Spots an email address or phone number in text about to be published, so that the form can ask "do you really want
 * this public?" before a patient exposes themselves. It only warns, so it leans towards fewer false alarms: dates,
 * article identifiers (DOI, PMID, ISBN) and short numbers must not trigger it.
 */
@NamedInterface("api")
public final class PersonalDataCheck {

    public static final String EMAIL = "email";
    public static final String PHONE = "phone";

    // Character classes only, no repeated group: Java matches "(?:\\.label)*" recursively, and a post holding
    // "a@b.b.b.b…" a few thousand labels long would end in a StackOverflowError.
    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,}(?![A-Za-z0-9-])");

    // Dash look-alikes people type between digits, including the long-vowel mark an IME offers for "-".
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u30FC\\uFE58\\uFE63]");

    private static final String SEP = "[- ]?";

    // Not in the middle of a longer token: a DOI ("S0304-3959"), a URL path, a decimal, an ISBN group.
    private static final String BEFORE = "(?<![A-Za-z0-9_+./-])";
    private static final String AFTER = "(?![A-Za-z0-9_/-]|\\.[0-9])";

    /**
     * Japanese numbers start with 0 and have 10 digits (landlines, area code of 1-4 digits after the 0), or 11 for
     * mobile and IP phones (050, 070, 080, 090). Free dial 0120 and navi dial 0570 group as 4-3-3.
     */
    private static final Pattern JAPANESE_PHONE = Pattern.compile(BEFORE + "(?:"
            + "0[5789]0" + SEP + "[0-9]{4}" + SEP + "[0-9]{4}"
            + "|0[0-9]" + SEP + "[0-9]{4}" + SEP + "[0-9]{4}"
            + "|0[0-9]{2}" + SEP + "[0-9]{3}" + SEP + "[0-9]{4}"
            + "|0[0-9]{3}" + SEP + "[0-9]{2}" + SEP + "[0-9]{4}"
            + "|0[0-9]{4}" + SEP + "[0-9]" + SEP + "[0-9]{4}"
            + "|0(?:120|570)" + SEP + "[0-9]{3}" + SEP + "[0-9]{3}"
            + ")" + AFTER);

    /** "+81 90-1234-5678", "+1 (202) 555-0123": a country code, then enough digits to reach someone (E.164: ≤ 15). */
    private static final Pattern INTERNATIONAL_PHONE =
            Pattern.compile("(?<![A-Za-z0-9_])\\+[0-9][0-9 ()-]{6,22}[0-9]" + AFTER);

    private static final int MIN_INTERNATIONAL_DIGITS = 8;
    private static final int MAX_INTERNATIONAL_DIGITS = 15;

    private PersonalDataCheck() {}

    /** The kinds found, "email" before "phone", each at most once; empty when the text looks harmless. */
    public static List<String> findings(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // NFKC turns full-width digits, letters, "＠" and "－" into their ASCII forms.
        String normalized =
                DASHES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("-");
        List<String> found = new ArrayList<>(2);
        if (EMAIL_ADDRESS.matcher(normalized).find()) {
            found.add(EMAIL);
        }
        if (hasPhoneNumber(normalized)) {
            found.add(PHONE);
        }
        return List.copyOf(found);
    }

    private static boolean hasPhoneNumber(String text) {
        return JAPANESE_PHONE.matcher(text).find()
                || INTERNATIONAL_PHONE
                        .matcher(text)
                        .results()
                        .map(match -> match.group().replaceAll("[^0-9]", "").length())
                        .anyMatch(digits -> digits >= MIN_INTERNATIONAL_DIGITS && digits <= MAX_INTERNATIONAL_DIGITS);
    }
}
