package org.mpscommons.content;

import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * The characters that embed, override or isolate the direction of text: U+202A to U+202E and U+2066 to U+2069. In a
 * post they serve no one: an override (U+202E) before "fdp.exe" makes "report_fdp.exe" read as "report_exe.pdf", and one left
 * open can run on into the page around it. They are taken out of what members write before it is stored. The marks
 * U+200E and U+200F, which only hint a direction and which right-to-left writers use, stay.
 */
@NamedInterface("api")
public final class DirectionControls {

    private static final Pattern CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private DirectionControls() {}

    public static String strip(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }
}
