package org.mpscommons.forum.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mpscommons.forum.notifications.PostInMail.Part;

/** What a mail shows of a post: quotes apart from the writer's words, read from the stored, sanitized HTML. */
class PostInMailTest {

    @Test
    void anAttributedQuoteAndTheAnswerComeApartInTheirOrder() {
        String html = "<figure class=\"quote\"><figcaption><a href=\"/en/forum/p/12\" rel=\"nofollow ugc noopener\">"
                + "Kenji wrote:</a></figcaption>\n<blockquote>\n<p>It hurts &amp; burns.</p>\n</blockquote></figure>\n"
                + "<p>Try heat &lt;b&gt;first&lt;/b&gt;.</p>";
        assertThat(PostInMail.of(html).parts())
                .containsExactly(
                        new Part(true, "Kenji wrote:", "It hurts & burns."),
                        new Part(false, null, "Try heat <b>first</b>."));
    }

    @Test
    void aQuoteInsideAQuoteStaysInsideIt() {
        String html = "<p>Before.</p>\n<blockquote>\n<blockquote>\n<p>Oldest.</p>\n</blockquote>\n<p>Older.</p>\n"
                + "</blockquote>\n<p>Mine.</p>";
        assertThat(PostInMail.of(html).parts())
                .containsExactly(
                        new Part(false, null, "Before."),
                        new Part(true, null, "Oldest. Older."),
                        new Part(false, null, "Mine."));
    }

    @Test
    void aPostWithoutQuotesIsTheWritersWordsCutToAFewLines() {
        String long_ = "word ".repeat(100);
        var parts = PostInMail.of("<p>" + long_ + "</p>").parts();
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).quote()).isFalse();
        assertThat(parts.get(0).text()).endsWith("…").hasSizeLessThanOrEqualTo(PostInMail.WORDS + 1);
    }

    @Test
    void aFigureThatIsNoQuoteIsPartOfTheWords() {
        String html = "<figure><img src=\"/media/1.jpg\" alt=\"My shoulder\"></figure>\n<p>Here.</p>";
        assertThat(PostInMail.of(html).parts()).containsExactly(new Part(false, null, "Here."));
    }
}
