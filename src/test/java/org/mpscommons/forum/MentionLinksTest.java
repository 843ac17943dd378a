package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpscommons.content.ContentPipeline;
import org.mpscommons.content.XssCorpusAccess;

/** Mentions become profile links only in text, only for members who exist, and never inside links, code or tags. */
class MentionLinksTest {

    private final ContentPipeline pipeline = new ContentPipeline();
    private final Map<String, Long> members = Map.of("hanako", 7L, "田中", 8L);

    private String linked(String markdown) {
        return MentionLinks.link(pipeline.render(markdown).html(), members, "ja");
    }

    @Test
    void aKnownNameInTextBecomesALinkToTheProfile() {
        assertThat(linked("Thanks @Hanako."))
                .contains("Thanks <a href=\"/ja/members/7\" rel=\"nofollow ugc noopener\">&#64;Hanako</a>.");
        assertThat(linked("@田中 さん、ありがとう"))
                .contains("<a href=\"/ja/members/8\" rel=\"nofollow ugc noopener\">&#64;田中</a> さん");
    }

    @Test
    void unknownNamesEmailAddressesLinksAndCodeStayAsTheyAre() {
        assertThat(linked("Hi @nobody")).doesNotContain("<a ");
        assertThat(linked("mail hanako@example.org")).doesNotContain("/members/");
        assertThat(linked("`@hanako` and\n\n    @hanako in code")).doesNotContain("/members/");
        assertThat(linked("[see @hanako](https://example.org/@hanako)")).doesNotContain("/members/");
        assertThat(linked("https://example.org/@hanako")).doesNotContain("/members/");
    }

    @Test
    void theResultStaysInertForHostilePayloads() {
        for (String payload : XssCorpusAccess.payloads()) {
            String html =
                    MentionLinks.link(pipeline.render(payload + " @hanako").html(), members, "en");
            assertThat(XssCorpusAccess.problems(html)).as(payload).isEmpty();
        }
    }
}
