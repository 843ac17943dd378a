package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TopicOpeningTest {

    private static TopicOpening opening(String text) {
        return new TopicOpening(1, 2, "Title", "title", "en", 0, Instant.EPOCH, text);
    }

    @Test
    void aShortOpeningIsShownWholeOnOneLine() {
        assertThat(opening("  My neck\n\nhurts   every morning. ").excerpt()).isEqualTo("My neck hurts every morning.");
    }

    @Test
    void aLongEnglishOpeningEndsAtAWordAndSaysItWasCut() {
        String text = "word ".repeat(60);
        String excerpt = opening(text).excerpt();
        assertThat(excerpt).endsWith("word…").hasSizeLessThanOrEqualTo(TopicOpening.EXCERPT_CHARS + 1);
    }

    @Test
    void aLongJapaneseOpeningIsCutAtItsLengthSinceItHasNoSpaces() {
        String text = "肩から首にかけて痛みがあります。".repeat(20);
        String excerpt = opening(text).excerpt();
        assertThat(excerpt).hasSize(TopicOpening.EXCERPT_CHARS + 1).endsWith("…");
    }

    @Test
    void anOpeningThatIsNotShownHasNoExcerpt() {
        assertThat(opening("").excerpt()).isNull();
        assertThat(opening(null).excerpt()).isNull();
    }
}
