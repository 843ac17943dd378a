package org.mpscommons.forum;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpscommons.content.Rendered;
import org.mpscommons.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Names whom a quote quotes. "Quote in my reply" writes a quote whose first line is a link to the quoted post's
 * permanent address, the writer's name as its text:
 *
 * <pre>
 * &gt; [Hanako](/en/forum/p/123)
 * &gt; The quoted words…
 * </pre>
 *
 * Plain CommonMark makes that a blockquote opening with a link, which reads well enough anywhere. Here, after the
 * sanitizer, such a quote becomes a figure: a caption "Hanako wrote:" (in the post's language) linking to the post, then
 * the quote without that line. Like {@link MentionLinks}, it only rearranges what the sanitizer let through: the href
 * must be a post's address exactly as the sanitizer writes it, and the name is text it already escaped, so no
 * attribute or element comes from the writer and the sanitizer's allow-list stays as strict as it was. Quotes written
 * otherwise (earlier posts' {@code > **Hanako**}) render as before.
 */
@Component
class QuoteAttributions {

    /** Sanitized blockquote tags carry no attributes; nothing else in a post's HTML starts with "blockquote". */
    private static final Pattern BLOCKQUOTE = Pattern.compile("<(/?)blockquote>");

    /**
     * A quote's first paragraph opening with a link to a post, alone on its line: followed by a line break (the quote
     * goes on in the same paragraph) or by the paragraph's end. The link text holds no markup, only a name.
     */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\s*<p><a href=\"(/(?:" + languages()
            + ")/forum/p/[0-9]{1,18})\" rel=\"nofollow ugc noopener\">([^<]{1,200})</a>(?:<br />|</p>\\n?)");

    /** Stands for the name while the caption's words are escaped. */
    private static final String NAME = "\u0000";

    private final MessageSource messages;

    QuoteAttributions(MessageSource messages) {
        this.messages = messages;
    }

    /** The same rendering with its quotes attributed, in the words of the post's language. */
    Rendered attribute(Rendered rendered, String language) {
        Locale locale = Language.fromCode(language).orElse(Language.fallback()).locale();
        String words = HtmlUtils.htmlEscape(
                messages.getMessage("forum.quote.attribution", new Object[] {NAME}, locale), "UTF-8");
        String html = attribute(rendered.html(), name -> words.replace(NAME, name));
        return html.equals(rendered.html())
                ? rendered
                : new Rendered(html, rendered.plainText(), rendered.links(), rendered.images());
    }

    /**
     * How many of the fragment's links are a quote's link to the quoted post: the site's own, so they do not count
     * against a new member's few links (a quote of a quote would otherwise use up two).
     */
    static int count(String html) {
        return attributed(html, UnaryOperator.identity()).count();
    }

    /** @param caption the caption's HTML for a name given as escaped HTML */
    static String attribute(String html, UnaryOperator<String> caption) {
        return attributed(html, caption).html();
    }

    private record Attributed(String html, int count) {}

    private static Attributed attributed(String html, UnaryOperator<String> caption) {
        Matcher tag = BLOCKQUOTE.matcher(html);
        Matcher attribution = ATTRIBUTION.matcher(html);
        // Whether each open blockquote became a figure, so that its end closes the figure too (quotes nest).
        Deque<Boolean> figures = new ArrayDeque<>();
        StringBuilder out = new StringBuilder(html.length() + 128);
        int at = 0;
        int count = 0;
        while (tag.find()) {
            out.append(html, at, tag.start());
            at = tag.end();
            if (!tag.group(1).isEmpty()) {
                out.append(tag.group());
                if (!figures.isEmpty() && figures.pop()) {
                    out.append("</figure>");
                }
                continue;
            }
            attribution.region(tag.end(), html.length());
            boolean attributed = attribution.lookingAt() && !restIsEmpty(html, attribution);
            figures.push(attributed);
            if (!attributed) {
                out.append(tag.group());
                continue;
            }
            count++;
            out.append("<figure class=\"quote\"><figcaption><a href=\"")
                    .append(attribution.group(1))
                    .append("\" rel=\"nofollow ugc noopener\">")
                    .append(caption.apply(attribution.group(2)))
                    .append("</a></figcaption>\n<blockquote>\n");
            // The quote went on after a line break in the link's paragraph: that paragraph stays open.
            if (attribution.group().endsWith("<br />")) {
                out.append("<p>");
            }
            at = attribution.end();
        }
        out.append(html, at, html.length());
        return new Attributed(out.toString(), count);
    }

    /** A quote that is nothing but the link stays a link: there is no quote to name. */
    private static boolean restIsEmpty(String html, Matcher attribution) {
        return html.startsWith("</blockquote>", skipSpace(html, attribution.end()))
                || html.startsWith("</p>", skipSpace(html, attribution.end()));
    }

    private static String languages() {
        return String.join(
                "|", Arrays.stream(Language.values()).map(Language::code).toList());
    }

    private static int skipSpace(String html, int from) {
        int i = from;
        while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
            i++;
        }
        return i;
    }
}
