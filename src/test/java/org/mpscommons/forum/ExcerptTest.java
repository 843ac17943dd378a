package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Topic rows show the start of the opening post, cut where a reader expects a pause. */
class ExcerptTest {

    @Test
    void shortTextIsShownWhole() {
        assertThat(Excerpt.of("  Neck pain since May.  ")).isEqualTo("Neck pain since May.");
        assertThat(Excerpt.of(null)).isEmpty();
        assertThat(Excerpt.of("  ")).isEmpty();
    }

    @Test
    void longEnglishIsCutAtAWordAndMarked() {
        String text = "My shoulder has hurt for three years. ".repeat(10);
        String excerpt = Excerpt.of(text);
        assertThat(excerpt).endsWith("…").startsWith("My shoulder has hurt");
        assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(Excerpt.LATIN + 1);
        assertThat(excerpt).endsWith("years.…");
    }

    @Test
    void longJapaneseIsCutAfterAPunctuationMarkAndIsShorter() {
        String text = "三年間、肩の痛みが続いています。注射を受けてから少し楽になりました。".repeat(6);
        String excerpt = Excerpt.of(text);
        assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(Excerpt.WIDE + 1);
        assertThat(excerpt).matches("(?s).*[。、]…");
    }

    @Test
    void textWithoutAnyPauseIsCutAtTheLimit() {
        String excerpt = Excerpt.of("x".repeat(500));
        assertThat(excerpt).hasSize(Excerpt.LATIN + 1).endsWith("…");
    }
}
