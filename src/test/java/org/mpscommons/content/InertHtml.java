package org.mpscommons.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent, deliberately stricter check that a fragment cannot run script, load foreign content or leave our
 * site without the member's click. It does not reuse the pipeline's policy, so a mistake there shows up here.
 */
final class InertHtml {

    private static final Pattern FORBIDDEN_TAG = Pattern.compile(
            "<\\s*/?\\s*(script|style|iframe|frame|frameset|object|embed|applet|svg|math|form|input|button|select"
                    + "|textarea|meta|base|link|template|noscript|xmp|plaintext|title|body|html|head|video|audio"
                    + "|source|marquee|details|isindex|keygen)(?![a-z0-9])",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> ALLOWED_TAGS = Set.of(
            "p",
            "br",
            "strong",
            "em",
            "del",
            "blockquote",
            "ul",
            "ol",
            "li",
            "code",
            "pre",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "a",
            "img");
    private static final Set<String> ALLOWED_ATTRIBUTES =
            Set.of("href", "src", "alt", "title", "rel", "start", "align", "loading");

    // A whole tag: name, then attributes separated by whitespace, values quoted or bare.
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)"
                    + "\\s*/?>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern EVENT_HANDLER = Pattern.compile("on\\w+", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA = Pattern.compile("^/media/[A-Za-z0-9_-]{16,64}\\.(jpg|png)$");
    private static final Pattern CHARACTER_REFERENCE =
            Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?|&(amp|lt|gt|quot|apos|Tab|NewLine|colon);");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "Tab", "\t", "NewLine", "\n", "colon", ":");

    private InertHtml() {}

    /** Everything wrong with the fragment; empty when it is inert. */
    static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        Matcher forbidden = FORBIDDEN_TAG.matcher(html);
        while (forbidden.find()) {
            problems.add("forbidden tag <" + forbidden.group(1));
        }
        int from = 0;
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', from)) {
            Matcher tag = TAG.matcher(html).region(lt, html.length());
            if (!tag.lookingAt()) {
                problems.add("'<' that does not start a well-formed tag at " + lt + ": " + snippet(html, lt));
                from = lt + 1;
                continue;
            }
            checkTag(tag.group(2).toLowerCase(Locale.ROOT), tag.group(1).isEmpty(), tag.group(3), problems);
            from = tag.end();
        }
        return problems;
    }

    private static void checkTag(String name, boolean opening, String attributeText, List<String> problems) {
        if (!ALLOWED_TAGS.contains(name)) {
            problems.add("tag not on the allow-list: <" + name + ">");
        }
        if (!opening) {
            if (!attributeText.isBlank()) {
                problems.add("attributes on a closing tag </" + name + ">");
            }
            return;
        }
        Map<String, String> attributes = attributes(attributeText, name, problems);
        if (name.equals("a") && !"nofollow ugc noopener".equals(attributes.get("rel"))) {
            problems.add("<a> without rel=\"nofollow ugc noopener\": " + attributes);
        }
        if (name.equals("a") && !attributes.containsKey("href")) {
            problems.add("<a> without href");
        }
        if (name.equals("img")
                && !MEDIA.matcher(attributes.getOrDefault("src", "")).matches()) {
            problems.add("<img> whose src is not one of our uploads: " + attributes.get("src"));
        }
    }

    private static Map<String, String> attributes(String text, String tag, List<String> problems) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String value = decode(firstNonNull(m.group(2), m.group(3), m.group(4), ""));
            if (EVENT_HANDLER.matcher(name).matches()) {
                problems.add("event handler " + name + " on <" + tag + ">");
            } else if (name.equals("style")) {
                problems.add("style attribute on <" + tag + ">");
            } else if (!ALLOWED_ATTRIBUTES.contains(name)) {
                problems.add("attribute not on the allow-list: " + name + " on <" + tag + ">");
            }
            if ((name.equals("href") || name.equals("src")) && !isSafeUrl(value)) {
                problems.add("unsafe URL in " + name + ": " + value);
            }
            attributes.put(name, value);
        }
        return attributes;
    }

    /** Judged the way a browser reads it: references decoded, whitespace and controls dropped, case ignored. */
    static boolean isSafeUrl(String decoded) {
        StringBuilder squeezed = new StringBuilder();
        decoded.codePoints().filter(c -> c > 0x20 && (c < 0x7f || c > 0x9f)).forEach(squeezed::appendCodePoint);
        String url = squeezed.toString().toLowerCase(Locale.ROOT).replace('\\', '/');
        return url.startsWith("http://")
                || url.startsWith("https://")
                || url.startsWith("mailto:")
                || (url.startsWith("/") && !url.startsWith("//"))
                || url.startsWith("#");
    }

    private static String decode(String value) {
        Matcher m = CHARACTER_REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(3) != null) {
                replacement = NAMED.get(m.group(3));
            } else {
                long cp = m.group(1) != null ? parse(m.group(1), 16) : parse(m.group(2), 10);
                replacement = cp > 0 && cp <= Character.MAX_CODE_POINT ? Character.toString((int) cp) : "\uFFFD";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    // Browsers accept any number of leading zeros ("&#0000106"), so only the significant digits count.
    private static long parse(String digits, int radix) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        return significant.length() > 8 ? Long.MAX_VALUE : Long.parseLong(significant, radix);
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        throw new IllegalArgumentException("no value");
    }

    private static String snippet(String html, int at) {
        return html.substring(at, Math.min(html.length(), at + 40));
    }
}
