package org.mpscommons.articles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleContentsTest {

    @Test
    void eachSecondLevelHeadingGetsAnAnchorAndAnEntry() {
        ArticleContents contents = ArticleContents.of(
                "<p>Intro</p><h2>In short</h2><p>a</p><h3>Detail</h3><h2>What&#39;s in a <em>name</em>?</h2>"
                        + "<h2>Pain &amp; sleep</h2>");
        assertThat(contents.html())
                .isEqualTo(
                        "<p>Intro</p><h2 id=\"section-1\">In short</h2><p>a</p><h3>Detail</h3>"
                                + "<h2 id=\"section-2\">What&#39;s in a <em>name</em>?</h2><h2 id=\"section-3\">Pain &amp; sleep</h2>");
        assertThat(contents.headings())
                .extracting(ArticleContents.Heading::text)
                .containsExactly("In short", "What's in a name?", "Pain & sleep");
        assertThat(contents.shown()).isTrue();
    }

    @Test
    void aShortArticleHasNoContents() {
        ArticleContents contents = ArticleContents.of("<p>One</p><h2>Two</h2><h2>Three</h2>");
        assertThat(contents.shown()).isFalse();
        assertThat(contents.headings()).hasSize(2);
    }
}
