package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mpscommons.content.ContentPipeline;
import org.mpscommons.content.Rendered;
import org.mpscommons.content.XssCorpusAccess;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A quote whose first line links a name to a post becomes "name wrote:" above the quote, linking to that post; every
 * other quote, and every other link, renders as it did.
 */
class QuoteAttributionsTest {

    private final ContentPipeline pipeline = new ContentPipeline();
    private final QuoteAttributions quotes = new QuoteAttributions(messages());

    private String attributed(String markdown, String language) {
        return quotes.attribute(pipeline.render(markdown), language).html();
    }

    @Test
    void aQuoteOpeningWithALinkToAPostNamesItsWriterInThePostsLanguage() {
        String markdown = "> [Hanako](/en/forum/p/12)\n>\n> The pain sits here.\n\nMe too.";
        assertThat(attributed(markdown, "en"))
                .isEqualTo(
                        "<figure class=\"quote\"><figcaption><a href=\"/en/forum/p/12\" rel=\"nofollow ugc noopener\">"
                                + "Hanako wrote:</a></figcaption>\n<blockquote>\n<p>The pain sits here.</p>\n</blockquote>"
                                + "</figure>\n<p>Me too.</p>");
        assertThat(attributed(markdown, "ja"))
                .contains("<figcaption><a href=\"/en/forum/p/12\" rel=\"nofollow ugc noopener\">"
                        + "Hanakoさんの書き込み：</a></figcaption>");
    }

    @Test
    void theLinkMayAlsoStandOnTheQuotesFirstLineWithTheWordsRightBelow() {
        assertThat(attributed("> [田中](/ja/forum/p/7)\n> 肩が痛みます。\n> 腕まで。", "ja"))
                .isEqualTo(
                        "<figure class=\"quote\"><figcaption><a href=\"/ja/forum/p/7\" rel=\"nofollow ugc noopener\">"
                                + "田中さんの書き込み：</a></figcaption>\n<blockquote>\n<p>肩が痛みます。<br />腕まで。</p>\n"
                                + "</blockquote></figure>");
    }

    @Test
    void aQuoteOfAQuoteNamesBothAndClosesEachInItsPlace() {
        String html = attributed(
                "> [Taro](/en/forum/p/2)\n>\n> > [Hanako](/en/forum/p/1)\n> >\n> > Heat helps.\n>\n> It did.\n\nThanks",
                "en");
        assertThat(html)
                .isEqualTo(
                        "<figure class=\"quote\"><figcaption><a href=\"/en/forum/p/2\" rel=\"nofollow ugc noopener\">"
                                + "Taro wrote:</a></figcaption>\n<blockquote>\n"
                                + "<figure class=\"quote\"><figcaption><a href=\"/en/forum/p/1\" rel=\"nofollow ugc noopener\">"
                                + "Hanako wrote:</a></figcaption>\n<blockquote>\n<p>Heat helps.</p>\n</blockquote></figure>\n"
                                + "<p>It did.</p>\n</blockquote></figure>\n<p>Thanks</p>");
    }

    @Test
    void earlierQuotesAndOtherLinksRenderAsBefore() {
        for (String markdown : new String[] {
            "> **Hanako**\n>\n> The pain sits here.",
            "> [Hanako](https://example.org/en/forum/p/12)\n> text",
            "> [Hanako](/en/forum/t/12/slug)\n> text",
            "> [Hanako](/en/forum/p/12) said that\n> text",
            "> [*Hanako*](/en/forum/p/12)\n> text",
            "> text first\n> [Hanako](/en/forum/p/12)",
            "[Hanako](/en/forum/p/12)\n\nnot a quote",
            // Nothing quoted: the link stays a link.
            "> [Hanako](/en/forum/p/12)",
            "> [Hanako](/en/forum/p/12)\n>\n>",
        }) {
            String plain = pipeline.render(markdown).html();
            assertThat(attributed(markdown, "en")).as(markdown).isEqualTo(plain);
        }
    }

    @Test
    void aNameIsTextWhateverItHolds() {
        String name = "<b>O'Brien</b> & \"[x](javascript:alert(1))\" *_@you";
        String html = attributed("> [" + TopicController.markdownText(name) + "](/en/forum/p/3)\n>\n> hi", "en");
        assertThat(html)
                .contains("<figcaption><a href=\"/en/forum/p/3\" rel=\"nofollow ugc noopener\">"
                        + "&lt;b&gt;O&#39;Brien&lt;/b&gt; &amp; &#34;[x](javascript:alert(1))&#34; *_&#64;you wrote:"
                        + "</a></figcaption>");
    }

    @Test
    void theResultStaysInertForHostilePayloads() {
        for (String payload : XssCorpusAccess.payloads()) {
            for (String markdown : new String[] {
                "> [" + payload + "](/en/forum/p/1)\n>\n> " + payload,
                "> [x](/en/forum/p/1)\n> " + payload,
                "> [" + TopicController.markdownText(payload) + "](/ja/forum/p/1)\n>\n> > " + payload,
            }) {
                String html = attributed(markdown, "ja");
                // The figure and its caption are this class's own, always written alike; the rest must be inert.
                String rest = html.replace("<figure class=\"quote\"><figcaption>", "")
                        .replace("</figcaption>", "")
                        .replace("</figure>", "");
                assertThat(XssCorpusAccess.problems(rest)).as(markdown).isEmpty();
            }
        }
    }

    @Test
    void quotesLinksToTheirPostsAreCountedApartFromTheWritersOwnLinks() {
        String html = pipeline.render(
                        "> [A](/en/forum/p/2)\n>\n> > [B](/en/forum/p/1)\n> >\n> > https://example.org\n\n[x](/en/forum/p/3)")
                .html();
        assertThat(QuoteAttributions.count(html)).isEqualTo(2);
        assertThat(QuoteAttributions.count(
                        pipeline.render("> [A](/en/forum/p/2) says\n> hi").html()))
                .isZero();
    }

    @Test
    void theRenderingIsKeptWhenThereIsNothingToAttribute() {
        Rendered rendered = pipeline.render("> just a quote");
        assertThat(quotes.attribute(rendered, "en")).isSameAs(rendered);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
