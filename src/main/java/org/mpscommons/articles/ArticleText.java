package org.mpscommons.articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpscommons.content.ContentPipeline;
import org.mpscommons.content.Rendered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An article's Markdown to HTML: the forum's safe pipeline, plus two things articles need. Citations written
 * {@code [@key]} or {@code [@key1; @key2]} become numbered links to the reference list, which the page prints from
 * the references' data; links written {@code [text](article:key)} lead to that article in the reader's language.
 */
@Component
public class ArticleText {

    static final Pattern CITATION = Pattern.compile("\\[(@[A-Za-z0-9_-]+(?:\\s*;\\s*@[A-Za-z0-9_-]+)*)]");
    private static final Pattern ARTICLE_LINK = Pattern.compile("]\\(article:([a-z0-9-]+)\\)");
    /**
     * Stands for a citation from the Markdown until after the sanitizer, which would drop the link's markup (and
     * breaks up "{{", against template injection): mathematical brackets, which nothing changes.
     */
    private static final Pattern CITE_MARK = Pattern.compile("\u27E6cite:([0-9,]+)\u27E7");

    private final ContentPipeline pipeline;

    ArticleText(ContentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * @param citedKeys reference keys in order of first citation; numbers in the text follow this order
     * @param plainText the text without markup, for the meta description and search
     */
    public record Body(String html, String plainText, List<String> citedKeys) {}

    /** @param referenceLabel the accessible name of a citation link before its number ("Reference", "文献") */
    Body render(String source, String language, String referenceLabel) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Matcher citation = CITATION.matcher(source);
        StringBuilder marked = new StringBuilder();
        while (citation.find()) {
            List<String> cited = new ArrayList<>();
            for (String key : citation.group(1).split(";")) {
                String name = key.strip().substring(1);
                cited.add(Integer.toString(numbers.computeIfAbsent(name, ignored -> numbers.size() + 1)));
            }
            citation.appendReplacement(
                    marked, Matcher.quoteReplacement("\u27E6cite:" + String.join(",", cited) + "\u27E7"));
        }
        citation.appendTail(marked);
        String linked = ARTICLE_LINK.matcher(marked).replaceAll("](/" + language + "/articles/k/$1)");
        Rendered rendered = pipeline.render(linked);
        Matcher mark = CITE_MARK.matcher(rendered.html());
        StringBuilder html = new StringBuilder();
        String label = HtmlUtils.htmlEscape(referenceLabel);
        while (mark.find()) {
            StringBuilder sup = new StringBuilder("<sup class=\"cite\">[");
            String[] cited = mark.group(1).split(",");
            for (int i = 0; i < cited.length; i++) {
                if (i > 0) {
                    sup.append(", ");
                }
                sup.append("<a href=\"#ref-")
                        .append(cited[i])
                        .append("\" aria-label=\"")
                        .append(label)
                        .append(' ')
                        .append(cited[i])
                        .append("\">")
                        .append(cited[i])
                        .append("</a>");
            }
            mark.appendReplacement(
                    html, Matcher.quoteReplacement(sup.append("]</sup>").toString()));
        }
        mark.appendTail(html);
        String plain = CITE_MARK.matcher(rendered.plainText()).replaceAll("");
        return new Body(html.toString(), plain, List.copyOf(numbers.keySet()));
    }
}
