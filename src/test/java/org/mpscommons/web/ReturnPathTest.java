package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page to come back to after signing in: only this site's own pages, whatever a link's author tries. */
class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/",
                "/ja/forum/t/12/neck-pain",
                "/ja/forum/t/12/肩の痛み",
                "/en/forum/new?category=treatments",
                "/en/search?q=neck&sort=new"
            })
    void aPageOfThisSiteInOneOfItsLanguagesPasses(String path) {
        assertThat(ReturnPath.of(path)).hasValue(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "//evil.example/en/",
                "/\\\\evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "https://evil.example/en/",
                "http:/en/",
                "javascript:alert(1)",
                "data:text/html,hi",
                "evil.example/en/",
                "en/forum/",
                // Not one of the site's languages, or not a page below one.
                "/fr/forum/",
                "/en",
                "/enx/forum",
                "/en?next=//evil.example",
                "/admin/",
                // Encoded tricks, after the server's one decoding: a second round would make them slashes.
                "/en/%2F%2Fevil.example",
                "/en/%5Cevil.example",
                "/%2F%2Fevil.example",
                "/en/..%2F..%2F",
                // Dot segments and doubled slashes that browsers or proxies might fold into another path.
                "/en/../../evil",
                "/en/./forum",
                "/en/forum/..",
                "/en//evil.example",
                // Control, space and invisible characters that may be dropped or split a header.
                "/en/forum\r\nSet-Cookie: x=1",
                "/en/forum\t",
                "/en/ forum",
                "/en/forum\u0000",
                "/en/\u202eforum",
                "/en/forum#top"
            })
    void anythingElseIsRefused(String candidate) {
        assertThat(ReturnPath.of(candidate)).as(candidate).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullAndOverlongValuesAreRefused() {
        assertThat(ReturnPath.of(null)).isEmpty();
        assertThat(ReturnPath.of("/en/" + "a".repeat(ReturnPath.MAX_LENGTH))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aLinkCarriesTheReturnPathAsOneParameterAndDropsAnUnsafeOne() {
        assertThat(ReturnPath.link("/en/login", "/en/forum/t/12/neck")).isEqualTo("/en/login?next=/en/forum/t/12/neck");
        assertThat(ReturnPath.link("/en/login", "/en/forum/new?category=a&x=b"))
                .isEqualTo("/en/login?next=/en/forum/new?category%3Da%26x%3Db");
        assertThat(ReturnPath.link("/ja/login", "/ja/forum/t/1/肩")).isEqualTo("/ja/login?next=/ja/forum/t/1/%E8%82%A9");
        assertThat(ReturnPath.link("/en/login", "//evil.example")).isEqualTo("/en/login");
    }

    @org.junit.jupiter.api.Test
    void aLocationHeaderGetsThePathEncoded() {
        assertThat(ReturnPath.location("/ja/forum/t/1/肩")).isEqualTo("/ja/forum/t/1/%E8%82%A9");
        assertThat(ReturnPath.location("/en/forum/new?category=treatments"))
                .isEqualTo("/en/forum/new?category=treatments");
    }
}
