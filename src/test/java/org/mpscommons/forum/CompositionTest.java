package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpscommons.web.FormErrors;

/** The compose box's cards put together into a post's Markdown, and a stored post taken apart into them again. */
class CompositionTest {

    private static final String PHOTO = "/media/AbCdEfGhIjKlMnOpQrStUv.jpg";
    private static final String OTHER = "/media/ZyXwVuTsRqPoNmLkJiHgFe.png";
    private static final String QUOTE = "> [Hana\\_ko](/en/forum/p/12)\n>\n> > [Taro](/en/forum/p/3)\n> >\n"
            + "> > Ice first.\n> \n> Heat helped my **neck**.\n> - a [towel](https://example.org)";

    @Test
    void theQuoteComesFirstThenTheTextThenEachPhotoInAParagraphOfItsOwn() {
        Composition composition = Composition.quoting(QUOTE)
                .withPhoto(PHOTO, "My [left] shoulder\n")
                .withPhoto(OTHER, "Neck");

        assertThat(composition.markdown("  Mine too.\n"))
                .isEqualTo(QUOTE + "\n\nMine too.\n\n![My  left  shoulder](" + PHOTO + ")\n\n![Neck](" + OTHER + ")");
        assertThat(Composition.EMPTY.markdown("Only words.")).isEqualTo("Only words.");
    }

    @Test
    void aStoredPostIsTakenApartIntoTheCardsItWasWrittenWith() {
        String stored = QUOTE + "\n\nMine too.\n\nSee ![inline](" + PHOTO + ") here.\n\n![Neck](" + OTHER + ")";

        Composition.Split split = Composition.split(stored);

        assertThat(split.text()).isEqualTo("Mine too.\n\nSee ![inline](" + PHOTO + ") here.");
        assertThat(split.composition().quote()).isEqualTo(QUOTE);
        assertThat(split.composition().photos()).containsExactly(new Composition.Photo(OTHER, "Neck"));
        assertThat(split.composition().markdown(split.text())).isEqualTo(stored);
    }

    @Test
    void textThatOnlyLooksLikeCardsStaysText() {
        // A quote not at the start, a quote without a post's link, an image from elsewhere: Markdown typed by hand.
        for (String typed : List.of(
                "First this.\n\n" + QUOTE,
                "> just a quote\n\nand words",
                "Words.\n\n![elsewhere](https://example.org/a.jpg)",
                "Words.\n![same paragraph](" + PHOTO + ")")) {
            Composition.Split split = Composition.split(typed);
            assertThat(split.text()).as(typed).isEqualTo(typed);
            assertThat(split.composition().isEmpty()).as(typed).isTrue();
        }
    }

    @Test
    void theQuotesCardNamesTheWriterAndShowsTheWordsWithoutMarks() {
        Composition.QuoteCard card = Composition.quoting(QUOTE).quoteCard();

        assertThat(card.name()).isEqualTo("Hana_ko");
        assertThat(card.postId()).isEqualTo(12);
        assertThat(card.excerpt()).isEqualTo("Ice first. Heat helped my neck. a towel");
    }

    @Test
    void aQuoteTakesAShortPostWholeAndALongOnesFirstParagraphs() {
        assertThat(Composition.quote("Hana\\_ko", "/en/forum/p/12", "Heat helped.\r\n\r\n- rest"))
                .isEqualTo("> [Hana\\_ko](/en/forum/p/12)\n>\n> Heat helped.\n> \n> - rest");

        String paragraph = "word ".repeat(50).strip(); // 249 characters
        String quote = Composition.quote("Taro", "/ja/forum/p/3", String.join("\n\n", paragraph, paragraph, paragraph));
        assertThat(quote)
                .isEqualTo("> [Taro](/ja/forum/p/3)\n>\n> " + paragraph + "\n> \n> " + paragraph + "\n> \n> …");

        String unbroken = "痛".repeat(Composition.QUOTE_MAX + 100);
        assertThat(Composition.quote("Taro", "/ja/forum/p/3", unbroken))
                .isEqualTo("> [Taro](/ja/forum/p/3)\n>\n> " + "痛".repeat(Composition.QUOTE_MAX) + " …");
        assertThat(Composition.quoting(quote).quote()).isEqualTo(quote);
    }

    @Test
    void aQuoteOrPhotoTheServerDidNotWriteIsDropped() {
        assertThat(Composition.quoting("> [x](https://example.org)\n> hi").quote())
                .isNull();
        assertThat(Composition.quoting(QUOTE + "\nnot quoted").quote()).isNull();
    }

    @Test
    void eachPhotoNeedsItsDescriptionAndARemoveButtonTakesOnlyItsCard() {
        Composition composition =
                Composition.quoting(QUOTE).withPhoto(PHOTO, " ").withPhoto(OTHER, "Neck");
        FormErrors errors = new FormErrors();

        composition.check(errors);

        assertThat(errors.all()).containsOnlyKeys("photoAlt-AbCdEfGhIjKlMnOpQrStUv");
        assertThat(composition.without("quote").quote()).isNull();
        assertThat(composition.without("photo:" + PHOTO).photos())
                .containsExactly(new Composition.Photo(OTHER, "Neck"));
        assertThat(composition.without("photo:/media/unknown.jpg")).isEqualTo(composition);
    }
}
