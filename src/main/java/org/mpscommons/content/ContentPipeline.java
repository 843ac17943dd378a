package org.mpscommons.content;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The one way user-written text becomes HTML: CommonMark with raw HTML shown as text, then an allow-list sanitizer.
 * Parser, renderer and policy are immutable and built once, so one instance serves all threads.
 */
@Component
@NamedInterface("api")
public final class ContentPipeline {

    private static final String ELLIPSIS = "…";
    private static final Pattern LINK_TAG = Pattern.compile("<a\\s");
    private static final Pattern IMAGE_TAG = Pattern.compile("<img\\s");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;

    public ContentPipeline() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                // Raw HTML in a post is shown as the text the member typed, never interpreted.
                .escapeHtml(true)
                .sanitizeUrls(true)
                // Spaces and non-ASCII in a URL become %XX, so no whitespace trick survives into an href.
                .percentEncodeUrls(true)
                // Patients write plain text with single line breaks and expect to see them kept.
                .softbreak("<br>")
                .build();
        this.policy = ContentPolicy.build();
    }

    public Rendered render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return Rendered.EMPTY;
        }
        String html = LiteralCharacters.restore(policy.sanitize(renderer.render(parser.parse(markdown))))
                .strip();
        return new Rendered(html, HtmlText.of(html), count(LINK_TAG, html), count(IMAGE_TAG, html));
    }

    /** The first {@code maxCodePoints} code points of the text, with an ellipsis when something was cut. */
    public static String excerpt(String plainText, int maxCodePoints) {
        if (maxCodePoints < 0) {
            throw new IllegalArgumentException("maxCodePoints must not be negative: " + maxCodePoints);
        }
        if (plainText == null) {
            return "";
        }
        if (plainText.codePointCount(0, plainText.length()) <= maxCodePoints) {
            return plainText;
        }
        int end = plainText.offsetByCodePoints(0, maxCodePoints);
        return plainText.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    // Counting tags in sanitized output is exact: text never contains a bare "<", the sanitizer escapes it.
    private static int count(Pattern tag, String html) {
        return (int) tag.matcher(html).results().count();
    }
}
