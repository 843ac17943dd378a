package org.mpscommons.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The addresses editors may give a link. */
class WebAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org",
                "http://example.org/",
                "HTTPS://Example.org/a?b=c#d",
                "https://www.ncbi.nlm.nih.gov/books/NBK535344/",
                "http://www.tvk.ne.jp/~junkamo/",
                "https://ja.wikipedia.org/wiki/筋筋膜性疼痛症候群",
                "https://例え.jp/",
                "http://127.0.0.1:8080/x",
                "http://[2001:db8::1]/",
                "https://www.fuun-sha.co.jp/?p=292"
            })
    void webAddressesAreAccepted(String address) {
        assertThat(WebAddress.parse(address)).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "example.org",
                "www.example.org/page",
                "ftp://example.org/",
                "javascript:alert(1)",
                "mailto:someone@example.org",
                "data:text/html,hi",
                "https://",
                "https:///path",
                "https://user:pw@example.org/",
                "https://example.org@evil.example/",
                "https://exa mple.org/",
                "https://example.org/a b",
                "//example.org/",
                "https://example.org:99999/",
                "file:///etc/passwd",
                "https://example.org/\nx"
            })
    void otherTextIsRefused(String address) {
        assertThat(WebAddress.parse(address)).as(address).isEmpty();
    }

    @Test
    void japaneseIsSentInItsAsciiForm() {
        assertThat(WebAddress.parse("https://例え.jp/パス").orElseThrow().toString())
                .isEqualTo("https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9");
    }

    @Test
    void addressesHaveALimit() {
        assertThat(WebAddress.parse("https://example.org/" + "a".repeat(WebAddress.MAX_LENGTH)))
                .isEmpty();
    }
}
