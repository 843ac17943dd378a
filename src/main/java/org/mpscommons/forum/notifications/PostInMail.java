package org.mpscommons.forum.notifications;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpscommons.content.ContentPipeline;
import org.mpscommons.content.HtmlText;

/**
 * The start of a post as a mail shows it: the quotes it opens with (or holds) apart from the writer's own words, in
 * the post's order. A post's plain text runs a quote and the answer to it together ("Hanako wrote: it hurts here Try
 * heat…"); its stored HTML still knows which is which. The HTML has passed the sanitizer, so its quotes are bare
 * {@code <blockquote>} tags, or the {@code <figure class="quote">} the forum makes of a quote that names whom it
 * quotes; only those are looked for, and their text is read as {@link HtmlText} reads any sanitized fragment.
 *
 * @param parts at most {@link #PARTS}, each cut to a few lines: enough to know whether to open the mail
 */
record PostInMail(List<Part> parts) {

    /** Enough of the writer's words to know whether to open the mail. */
    static final int WORDS = 200;
    /** A quote only reminds of what was answered. */
    static final int QUOTE = 100;

    static final int PARTS = 3;

    private static final Pattern QUOTE_TAGS =
            Pattern.compile("<figure class=\"quote\">|<figure\\b[^>]*>|</figure>|<blockquote>|</blockquote>");
    private static final Pattern CAPTION = Pattern.compile("<figcaption>(.*?)</figcaption>", Pattern.DOTALL);

    /**
     * @param caption for a quote that names whom it quotes, those words as the site shows them ("Kenji wrote:"), else
     *     null
     */
    record Part(boolean quote, String caption, String text) {}

    static PostInMail of(String sanitizedHtml) {
        List<Part> parts = new ArrayList<>();
        if (sanitizedHtml == null) {
            return new PostInMail(parts);
        }
        Matcher tag = QUOTE_TAGS.matcher(sanitizedHtml);
        // Open elements, so that a quote ends where its own closing tag is (quotes nest; photos may be figures too).
        Deque<String> open = new ArrayDeque<>();
        int ownFrom = 0;
        int quoteFrom = -1;
        while (tag.find()) {
            String found = tag.group();
            if (found.startsWith("</")) {
                if (open.isEmpty()) {
                    continue;
                }
                open.pop();
                if (open.isEmpty() && quoteFrom >= 0) {
                    add(parts, quote(sanitizedHtml.substring(quoteFrom, tag.end())));
                    quoteFrom = -1;
                    ownFrom = tag.end();
                }
                continue;
            }
            boolean isQuote = found.equals("<blockquote>") || found.equals("<figure class=\"quote\">");
            if (open.isEmpty() && isQuote) {
                add(parts, words(sanitizedHtml.substring(ownFrom, tag.start())));
                quoteFrom = tag.start();
            }
            open.push(found);
        }
        if (quoteFrom < 0) {
            add(parts, words(sanitizedHtml.substring(ownFrom)));
        } else {
            add(parts, quote(sanitizedHtml.substring(quoteFrom)));
        }
        return new PostInMail(parts.size() > PARTS ? List.copyOf(parts.subList(0, PARTS)) : parts);
    }

    private static void add(List<Part> parts, Part part) {
        if (!part.text().isEmpty()) {
            parts.add(part);
        }
    }

    private static Part words(String html) {
        return new Part(false, null, ContentPipeline.excerpt(HtmlText.of(html), WORDS));
    }

    private static Part quote(String html) {
        String caption = null;
        String body = html;
        if (html.startsWith("<figure class=\"quote\">")) {
            Matcher matcher = CAPTION.matcher(html);
            if (matcher.find()) {
                caption = HtmlText.of(matcher.group(1));
                body = html.substring(matcher.end());
            }
        }
        return new Part(true, caption, ContentPipeline.excerpt(HtmlText.of(body), QUOTE));
    }
}
