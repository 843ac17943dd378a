package org.mpscommons.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's table of contents: its body's second-level headings, each given an anchor the list links to. The body
 * is stored as sanitised HTML whose headings carry no attributes, so the anchors are added when the page is drawn.
 *
 * @param html the body with an {@code id} on each {@code <h2>}
 * @param headings the headings in order, their text without markup
 */
public record ArticleContents(String html, List<Heading> headings) {

    /** One entry of the contents. */
    public record Heading(String id, String text) {}

    private static final Pattern HEADING = Pattern.compile("<h2>(.*?)</h2>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** A short article has nothing to find one's way in: no contents below this many headings. */
    static final int LEAST_HEADINGS = 3;

    public static ArticleContents of(String bodyHtml) {
        List<Heading> headings = new ArrayList<>();
        Matcher matcher = HEADING.matcher(bodyHtml);
        StringBuilder html = new StringBuilder(bodyHtml.length() + 256);
        while (matcher.find()) {
            String id = "section-" + (headings.size() + 1);
            headings.add(new Heading(id, text(matcher.group(1))));
            matcher.appendReplacement(
                    html, Matcher.quoteReplacement("<h2 id=\"" + id + "\">" + matcher.group(1) + "</h2>"));
        }
        matcher.appendTail(html);
        return new ArticleContents(html.toString(), List.copyOf(headings));
    }

    /** Whether the article is long enough to show its contents. */
    public boolean shown() {
        return headings.size() >= LEAST_HEADINGS;
    }

    /** The heading's words as the reader sees them: tags dropped, the sanitiser's entities turned back into text. */
    private static String text(String headingHtml) {
        return TAG.matcher(headingHtml)
                .replaceAll("")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .strip();
    }
}
