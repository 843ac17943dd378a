package org.mpscommons.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentPipelineTest {

    private static final String IMAGE = "/media/Ab3_-defghijklmnop.jpg";

    private final ContentPipeline pipeline = new ContentPipeline();

    @Test
    void blankLinesMakeParagraphsAndSingleNewlinesAreKept() {
        Rendered r = pipeline.render("First line\nsecond line\n\nNew paragraph");

        assertThat(r.html()).isEqualTo("<p>First line<br />second line</p>\n<p>New paragraph</p>");
        assertThat(r.plainText()).isEqualTo("First line second line New paragraph");
    }

    @Test
    void blankInputRendersToNothing() {
        assertThat(pipeline.render("")).isEqualTo(new Rendered("", "", 0, 0));
        assertThat(pipeline.render(" \n\t\n")).isEqualTo(new Rendered("", "", 0, 0));
        assertThat(pipeline.render(null)).isEqualTo(new Rendered("", "", 0, 0));
    }

    @Test
    void rawHtmlIsShownAsTheTextTheMemberTyped() {
        Rendered r = pipeline.render("I felt <b>much</b> better\n\n<div>block</div>");

        assertThat(r.html()).contains("I felt &lt;b&gt;much&lt;/b&gt; better").contains("&lt;div&gt;block&lt;/div&gt;");
        assertThat(r.html()).doesNotContain("<b>").doesNotContain("<div>");
        assertThat(r.plainText()).isEqualTo("I felt <b>much</b> better <div>block</div>");
    }

    @Test
    void markdownFormattingIsKept() {
        String html = pipeline.render("## Heading\n\n**bold** *em* `code`\n\n> quote\n\n3. three\n4. four\n\n---")
                .html();

        assertThat(html)
                .contains(
                        "<h2>Heading</h2>",
                        "<strong>bold</strong>",
                        "<em>em</em>",
                        "<code>code</code>",
                        "<blockquote>",
                        "<ol start=\"3\"><li>three</li>",
                        "<hr />");
    }

    @Test
    void tablesRenderWithAlignmentButNoStyle() {
        String html = pipeline.render("| Muscle | Pain |\n|:--|--:|\n| Trapezius | 7 |")
                .html();

        assertThat(html)
                .startsWith("<table><thead><tr><th align=\"left\">Muscle</th><th align=\"right\">Pain</th>")
                .contains("<td align=\"left\">Trapezius</td><td align=\"right\">7</td>")
                .doesNotContain("style");
    }

    @Test
    void fencedCodeLosesItsLanguageClass() {
        String html = pipeline.render("```java\nint x = 1 < 2;\n```").html();

        assertThat(html).isEqualTo("<pre><code>int x &#61; 1 &lt; 2;\n</code></pre>");
    }

    @Test
    void everyLinkGetsTheUserContentRelAndNoTarget() {
        Rendered r = pipeline.render("See https://example.org/trigger-points and [our forum](/ja/forum)"
                + " or [top](#top) or write to [me](mailto:me@example.org).");

        assertThat(r.html())
                .contains("<a href=\"https://example.org/trigger-points\" rel=\"nofollow ugc noopener\">"
                        + "https://example.org/trigger-points</a>")
                .contains("<a href=\"/ja/forum\" rel=\"nofollow ugc noopener\">our forum</a>")
                .contains("<a href=\"#top\" rel=\"nofollow ugc noopener\">top</a>")
                .contains("<a href=\"mailto:me&#64;example.org\" rel=\"nofollow ugc noopener\">me</a>")
                .doesNotContain("target");
        assertThat(r.links()).isEqualTo(4);
    }

    @Test
    void bareEmailAddressesBecomeMailtoLinks() {
        Rendered r = pipeline.render("Write to me@example.org please");

        assertThat(r.html()).contains("href=\"mailto:me&#64;example.org\"");
        assertThat(r.plainText()).isEqualTo("Write to me@example.org please");
        assertThat(r.links()).isEqualTo(1);
    }

    @Test
    void linksLeavingTheSiteInDisguiseLoseTheirElementButKeepTheirText() {
        Rendered r = pipeline.render("[a](javascript:alert(1)) [b](//evil.example) [c](ftp://x.example) [d](page)");

        assertThat(r.html()).isEqualTo("<p>a b c d</p>");
        assertThat(r.links()).isZero();
    }

    @Test
    void onlyOurOwnUploadedImagesAreShown() {
        Rendered r = pipeline.render("![neck](" + IMAGE + " \"after\") ![pixel](https://tracker.example/p.png)"
                + " ![png](/media/abcdefghijklmnopqrstuvwxyz.png) ![short](/media/abc.jpg)");

        assertThat(r.html())
                .contains("<img src=\"" + IMAGE + "\" alt=\"neck\" title=\"after\" loading=\"lazy\" />")
                .contains("<img src=\"/media/abcdefghijklmnopqrstuvwxyz.png\" alt=\"png\" loading=\"lazy\" />")
                .doesNotContain("tracker.example")
                .doesNotContain("pixel")
                .doesNotContain("abc.jpg");
        assertThat(r.images()).isEqualTo(2);
        assertThat(r.links()).isZero();
    }

    @Test
    void japaneseTextPassesUnchanged() {
        String text = "首と肩の痛みが３か月続いています。ﾄﾘｶﾞｰﾎﾟｲﾝﾄ注射で楽になりました（ありがとう！）😀";

        Rendered r = pipeline.render(text);

        assertThat(r.html()).isEqualTo("<p>" + text + "</p>");
        assertThat(r.plainText()).isEqualTo(text);
    }

    @Test
    void fullWidthMarkupCharactersStayEncoded() {
        // NFKC would turn these into "<b>", so they keep the sanitizer's numeric references.
        Rendered r = pipeline.render("＜b＞全角＜/b＞");

        assertThat(r.html()).isEqualTo("<p>&#xff1c;b&#xff1e;全角&#xff1c;/b&#xff1e;</p>");
        assertThat(r.plainText()).isEqualTo("＜b＞全角＜/b＞");
    }

    @Test
    void plainTextDecodesWhatTheSanitizerEscapedAndCollapsesWhitespace() {
        Rendered r = pipeline.render("# Title\n\nA & B < C, \"quoted\" 'single' = 1 + 1 @home\n\n- one\n- two");

        assertThat(r.plainText()).isEqualTo("Title A & B < C, \"quoted\" 'single' = 1 + 1 @home one two");
    }

    @Test
    void excerptCutsAtCodePointsAndMarksTheCut() {
        assertThat(ContentPipeline.excerpt("short", 10)).isEqualTo("short");
        assertThat(ContentPipeline.excerpt("exactly10!", 10)).isEqualTo("exactly10!");
        assertThat(ContentPipeline.excerpt("one two three", 8)).isEqualTo("one two…");
        assertThat(ContentPipeline.excerpt("首と肩の痛み", 3)).isEqualTo("首と肩…");
        // An emoji outside the BMP is two chars but one code point: never split in half.
        assertThat(ContentPipeline.excerpt("a😀b😀c", 2)).isEqualTo("a😀…");
        assertThat(ContentPipeline.excerpt("", 5)).isEmpty();
        assertThat(ContentPipeline.excerpt(null, 5)).isEmpty();
        assertThatThrownBy(() -> ContentPipeline.excerpt("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        String markdown = "**x** https://example.org ![i](" + IMAGE + ")";
        Rendered expected = pipeline.render(markdown);

        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var results = executor.invokeAll(java.util.Collections.nCopies(
                    200, (java.util.concurrent.Callable<Rendered>) () -> pipeline.render(markdown)));
            for (var result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }
}
