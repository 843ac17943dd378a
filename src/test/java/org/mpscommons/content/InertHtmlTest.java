package org.mpscommons.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus test is only as good as its checker, so the checker must be seen to fail on dangerous HTML. */
class InertHtmlTest {

    @Test
    void rejectsKnownDangerousHtml() {
        List<String> dangerous = List.of(
                "<script>alert(1)</script>",
                "<ScRiPt >alert(1)",
                "<p>x</p><style>p{}</style>",
                "<iframe src=\"https://a.example\"></iframe>",
                "<object data=x></object>",
                "<embed src=x>",
                "<svg></svg>",
                "<math></math>",
                "<form></form>",
                "<input>",
                "<meta http-equiv=refresh content=0>",
                "<base href=\"https://a.example/\">",
                "<link rel=import href=x>",
                "<img src=\"/media/abcdefghijklmnop.jpg\" onerror=\"alert(1)\" />",
                "<p ONCLICK=alert(1)>x</p>",
                "<p style=\"color:red\">x</p>",
                "<p class=\"x\">x</p>",
                "<a href=\"javascript:alert(1)\" rel=\"nofollow ugc noopener\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\" rel=\"nofollow ugc noopener\">x</a>",
                "<a href=\"&#0000106avascript:alert(1)\" rel=\"nofollow ugc noopener\">x</a>",
                "<a href=\"java&#x09;script:alert(1)\" rel=\"nofollow ugc noopener\">x</a>",
                "<a href=\"java&Tab;script&colon;alert(1)\" rel=\"nofollow ugc noopener\">x</a>",
                "<a href=\" JAVASCRIPT:alert(1)\" rel=\"nofollow ugc noopener\">x</a>",
                "<a href=\"data:text/html,x\" rel=\"nofollow ugc noopener\">x</a>",
                "<a href=\"//evil.example\" rel=\"nofollow ugc noopener\">x</a>",
                "<a href=\"/\\evil.example\" rel=\"nofollow ugc noopener\">x</a>",
                "<a href=\"https://a.example\">x</a>",
                "<a href=\"https://a.example\" rel=\"nofollow\">x</a>",
                "<a rel=\"nofollow ugc noopener\">x</a>",
                "<img src=\"https://evil.example/x.png\" />",
                "<img src=\"/media/short.jpg\" />",
                "<img alt=\"x\" />",
                "<img/src=x/onerror=alert(1)>",
                "<p>x<img src=x onerror=alert(1)",
                "<!-- x -->",
                "<span>x</span>");
        for (String html : dangerous) {
            assertThat(InertHtml.problems(html)).as(html).isNotEmpty();
        }
    }

    @Test
    void acceptsWhatThePipelineMayProduce() {
        String html =
                "<h2>T</h2><p>a<br />b &lt;script&gt; &amp; &#64;</p><ol start=\"3\"><li><strong>x</strong></li></ol>"
                        + "<table><thead><tr><th align=\"center\">h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>"
                        + "<p><a href=\"https://a.example/?q&#61;1\" title=\"t\" rel=\"nofollow ugc noopener\">x</a>"
                        + "<a href=\"/ja/forum\" rel=\"nofollow ugc noopener\">y</a><a href=\"#top\" rel=\"nofollow ugc noopener\">z</a>"
                        + "<a href=\"mailto:a&#64;b.example\" rel=\"nofollow ugc noopener\">m</a>"
                        + "<img src=\"/media/abcdefghijklmnop.jpg\" alt=\"a\" loading=\"lazy\" /></p><hr /><pre><code>c</code></pre>";

        assertThat(InertHtml.problems(html)).isEmpty();
    }
}
