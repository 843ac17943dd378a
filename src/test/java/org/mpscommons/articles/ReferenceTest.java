package org.mpscommons.articles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reference printed as one line, as a letter to a doctor lists it. */
class ReferenceTest {

    @Test
    void aJournalArticleReadsInVancouverStyleWithItsDoi() {
        Reference reference = new Reference(
                1,
                "cao",
                "Cao QW, Peng BG, et al.",
                "Expert consensus on MPS",
                "World J Clin Cases",
                2021,
                "9(9):2077-2089",
                "10.12998/wjcc.v9.i9.2077",
                null,
                null,
                null,
                null,
                "consensus",
                "verified");
        assertThat(reference.citation())
                .isEqualTo("Cao QW, Peng BG, et al. Expert consensus on MPS. "
                        + "World J Clin Cases. 2021;9(9):2077-2089. doi:10.12998/wjcc.v9.i9.2077");
    }

    @Test
    void withoutADoiTheAddressStandsInAndAQuestionKeepsItsMark() {
        Reference reference = new Reference(
                2,
                "q",
                "",
                "Is it muscle?",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "https://example.org/q",
                "web",
                "verified");
        assertThat(reference.citation()).isEqualTo("Is it muscle? https://example.org/q");
    }
}
