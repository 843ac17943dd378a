package org.mpscommons.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpscommons.content.ContentPipeline;

class ArticleTextTest {

    private final ArticleText text = new ArticleText(new ContentPipeline());

    @Test
    void citationsAreNumberedInOrderOfFirstUseAndLinkToTheList() {
        ArticleText.Body body =
                text.render("Trigger points [@b_2018]. Both [@a; @b_2018] and again [@c].", "en", "Reference");
        assertThat(body.citedKeys()).containsExactly("b_2018", "a", "c");
        assertThat(body.html())
                .contains("<sup class=\"cite\">[<a href=\"#ref-1\" aria-label=\"Reference 1\">1</a>]</sup>")
                .contains("[<a href=\"#ref-2\" aria-label=\"Reference 2\">2</a>, <a href=\"#ref-1\"")
                .doesNotContain("cite:");
        assertThat(body.plainText()).doesNotContain("cite").contains("Trigger points");
    }

    @Test
    void articleLinksLeadToTheArticleInTheReadersLanguage() {
        ArticleText.Body body = text.render("See [what MPS is](article:what-is-mps).", "ja", "文献");
        assertThat(body.html()).contains("href=\"/ja/articles/k/what-is-mps\"");
    }

    @Test
    void aDiffKeepsSharedLinesAndMarksTheRest() {
        List<LineDiff.Line> lines = LineDiff.between("a\nb\nc", "a\nc\nd");
        assertThat(lines)
                .containsExactly(
                        new LineDiff.Line(LineDiff.Kind.SAME, "a"),
                        new LineDiff.Line(LineDiff.Kind.REMOVED, "b"),
                        new LineDiff.Line(LineDiff.Kind.SAME, "c"),
                        new LineDiff.Line(LineDiff.Kind.ADDED, "d"));
    }
}
