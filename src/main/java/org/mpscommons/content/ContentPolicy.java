package org.mpscommons.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every rendered fragment passes. It is the last line of defence, so it does not trust that the
 * Markdown renderer already escaped raw HTML: it names each element and attribute Markdown can produce and nothing
 * else (no class, id, style or event handlers, no target on links).
 */
final class ContentPolicy {

    /** Images only from our own uploads: no tracking pixels, no hot-linking, no mixed content. */
    private static final Pattern MEDIA_PATH = Pattern.compile("^/media/[A-Za-z0-9_-]{16,64}\\.(jpg|png)$");

    /** User links are not endorsements (nofollow, ugc) and must not get a handle on our window (noopener). */
    private static final String LINK_RELS = "nofollow ugc noopener";

    private static final Pattern LIST_START = Pattern.compile("[0-9]{1,9}");

    private ContentPolicy() {}

    static PolicyFactory build() {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "strong", "em", "del", "blockquote", "ul", "ol", "li", "code", "pre")
                .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "hr")
                .allowElements("table", "thead", "tbody", "tr", "th", "td")
                .allowAttributes("start")
                .matching(LIST_START)
                .onElements("ol")
                // GFM tables put column alignment in the align attribute; style stays forbidden everywhere.
                .allowAttributes("align")
                .matching(true, "left", "center", "right")
                .onElements("th", "td")
                .allowElements(ContentPolicy::linkWithHref, "a")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href")
                .matching(ContentPolicy::isAllowedHref)
                .onElements("a")
                .allowAttributes("title")
                .onElements("a")
                .allowElements(ContentPolicy::ownImageOnly, "img")
                .allowAttributes("src")
                .matching(MEDIA_PATH)
                .onElements("img")
                .allowAttributes("alt", "title")
                .onElements("img")
                .toFactory();
    }

    /**
     * The protocol allow-list above also lets through every relative URL, including {@code //evil.example} and
     * {@code /\evil.example}, which browsers resolve to another host; only root-relative paths and fragments are ours.
     * Browsers also drop tabs and newlines inside URLs ("/\t/evil" becomes "//evil"); the renderer percent-encodes
     * real spaces and backslashes, so any left here were smuggled in.
     */
    private static boolean isAllowedHref(String href) {
        if (href.indexOf('\\') >= 0 || href.chars().anyMatch(c -> c <= 0x20 || (c >= 0x7f && c <= 0x9f))) {
            return false;
        }
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://")
                || lower.startsWith("https://")
                || lower.startsWith("mailto:")
                || lower.startsWith("#")
                || (lower.startsWith("/") && !lower.startsWith("//"));
    }

    /**
     * A link whose URL was refused keeps its text but loses the element, so no href-less anchor remains. The rel is
     * set here rather than with requireRelsOnLinks, which writes the values in an order of its own choosing.
     */
    private static String linkWithHref(String element, List<String> attributes) {
        if (valueOf(attributes, "href") == null) {
            return null;
        }
        attributes.add("rel");
        attributes.add(LINK_RELS);
        return element;
    }

    /** An image whose source was refused is dropped whole: alt text alone would pose as an image. */
    private static String ownImageOnly(String element, List<String> attributes) {
        if (valueOf(attributes, "src") == null) {
            return null;
        }
        attributes.add("loading");
        attributes.add("lazy");
        return element;
    }

    // The sanitizer hands attributes over as a flat name, value, name, value… list.
    private static String valueOf(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }
}
