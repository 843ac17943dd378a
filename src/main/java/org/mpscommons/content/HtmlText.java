package org.mpscommons.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * The readable text of a sanitized fragment. Simple tag stripping is correct here only because the input has already
 * passed the sanitizer: every {@code <} that is not a tag is escaped and attribute values are quoted, so no {@code >}
 * inside a value can end a tag early.
 */
@NamedInterface("api")
public final class HtmlText {

    // Elements that separate words on screen; removing them without a space would glue "end.</p><p>Start" together.
    private static final Pattern BREAKING_TAG =
            Pattern.compile("</?(?:p|br|li|ul|ol|h[1-6]|blockquote|pre|hr|table|thead|tbody|tr|th|td|img)\\b[^>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private HtmlText() {}

    public static String of(String sanitizedHtml) {
        String text = BREAKING_TAG.matcher(sanitizedHtml).replaceAll(" ");
        text = ANY_TAG.matcher(text).replaceAll("");
        text = unescape(text);
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    // The sanitizer writes numeric references (&#64;) besides the usual named five, so both kinds are decoded.
    private static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(Matcher m) {
        if (m.group(1) != null) {
            return codePoint(Integer.parseInt(m.group(1)));
        }
        if (m.group(2) != null) {
            return codePoint(Integer.parseInt(m.group(2), 16));
        }
        return switch (m.group(3)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default -> "'";
        };
    }

    private static String codePoint(int cp) {
        return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : "\uFFFD";
    }
}
