package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The sitemap's XML without a server: escaping, URIs, dates, the per-file limit, and that the schemas really check
 * (a document they should refuse is refused).
 */
class SitemapXmlTest {

    private static final String BASE = "https://mps.example.org";

    @Test
    void writesAValidUrlSetWithAlternatesAndEscapesWhatItIsGiven() throws Exception {
        StringWriter out = new StringWriter();
        UrlSetWriter urls = new UrlSetWriter(BASE, () -> out);
        SitemapEntry.inEveryLanguage("/about", LocalDate.of(2026, 11, 25)).forEach(urls);
        urls.accept(SitemapEntry.of("/ja/forum/t/7/a?b=1&c=<2>", Instant.parse("2026-05-01T10:15:30.123456Z")));
        urls.accept(new SitemapEntry(
                "/ja/articles/筋膜 痛", null, Map.of("ja", "/ja/articles/筋膜 痛", "en", "/en/articles/%E7%AD%8B")));
        urls.finish();
        String xml = out.toString();

        SitemapFiles.validateUrlSet(xml);
        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
                .contains("<loc>https://mps.example.org/ja/forum/t/7/a?b=1&amp;c=%3C2%3E</loc>")
                .contains("<lastmod>2026-05-01T10:15:30Z</lastmod>")
                .contains("<lastmod>2026-11-25</lastmod>")
                .contains(
                        "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://mps.example.org/en/about\"")
                // Beyond ASCII and spaces are percent-encoded as UTF-8; what is encoded already stays so.
                .contains("<loc>https://mps.example.org/ja/articles/%E7%AD%8B%E8%86%9C%20%E7%97%9B</loc>")
                .contains("href=\"https://mps.example.org/en/articles/%E7%AD%8B\"");
        Element root = SitemapFiles.parse(xml).getDocumentElement();
        List<Element> entries = SitemapFiles.children(root, SitemapFiles.SITEMAP_NS, "url");
        assertThat(entries).hasSize(4);
        assertThat(SitemapFiles.children(entries.get(0), SitemapFiles.XHTML_NS, "link"))
                .hasSize(3);
    }

    @Test
    void theHomePagesXDefaultIsTheRootThatPicksALanguage() {
        List<SitemapEntry> home = SitemapEntry.inEveryLanguage("/");
        assertThat(home).extracting(SitemapEntry::path).containsExactly("/en/", "/ja/");
        assertThat(home.get(1).alternates())
                .containsExactly(Map.entry("en", "/en/"), Map.entry("ja", "/ja/"), Map.entry("x-default", "/"));
    }

    @Test
    void nothingIsWrittenBeforeTheFirstEntryAndAPartHoldsAtMostTheProtocolsLimit() {
        UrlSetWriter unopened = new UrlSetWriter(BASE, () -> {
            throw new AssertionError("opened without an entry");
        });
        assertThat(unopened.count()).isZero();

        UrlSetWriter urls = new UrlSetWriter(BASE, StringWriter::new);
        IntStream.range(0, SitemapSource.MAX_URLS).forEach(i -> urls.accept(SitemapEntry.of("/en/p/" + i)));
        assertThatThrownBy(() -> urls.accept(SitemapEntry.of("/en/one-too-many")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aListedSourceOfMoreThanOneFilesWorthIsSplitByPosition() {
        List<SitemapEntry> entries = new ArrayList<>();
        IntStream.range(0, SitemapSource.MAX_URLS + 2)
                .forEach(i -> entries.add(SitemapEntry.of("/en/p/" + i, Instant.ofEpochSecond(i))));
        SitemapSource source = SitemapSource.listed("many-pages", () -> entries);

        assertThat(source.parts())
                .containsExactly(
                        new SitemapSource.Part(1, Instant.ofEpochSecond(SitemapSource.MAX_URLS - 1)),
                        new SitemapSource.Part(2, Instant.ofEpochSecond(SitemapSource.MAX_URLS + 1)));
        List<SitemapEntry> second = new ArrayList<>();
        source.write(2, second::add);
        assertThat(second)
                .extracting(SitemapEntry::path)
                .containsExactly("/en/p/" + SitemapSource.MAX_URLS, "/en/p/" + (SitemapSource.MAX_URLS + 1));
        List<SitemapEntry> none = new ArrayList<>();
        source.write(3, none::add);
        source.write(0, none::add);
        assertThat(none).isEmpty();
        // A date is only claimed for a file when every page in it has one.
        assertThat(SitemapSource.listed("pages", () -> SitemapEntry.inEveryLanguage("/about"))
                        .parts())
                .containsExactly(new SitemapSource.Part(1, null));
        assertThat(SitemapSource.listed("empty", List::of).parts()).isEmpty();
    }

    @Test
    void entriesAndSourcesRefuseWhatTheProtocolCannotSay() {
        assertThatThrownBy(() -> SitemapEntry.of("https://elsewhere.example/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitemapEntry.of("//elsewhere.example/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SitemapEntry("/en/x", java.time.LocalDateTime.now(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SitemapEntry("/en/x", null, Map.of("ja\"><x", "/ja/x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitemapSource.listed("Pages_1", List::of))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSchemasRefuseWhatIsWrong() {
        String url = "<url><loc>https://mps.example.org/en/</loc>%s</url>";
        String valid = "<xhtml:link rel=\"alternate\" hreflang=\"ja\" href=\"https://mps.example.org/ja/\"/>";
        assertThat(refusal(urlset(url.formatted(valid)))).isNull();
        // An alternate without its address, an element of XHTML sitemaps do not use, a month that does not exist.
        assertThat(refusal(urlset(url.formatted("<xhtml:link rel=\"alternate\" hreflang=\"ja\"/>"))))
                .isNotNull();
        assertThat(refusal(urlset(url.formatted("<xhtml:meta name=\"robots\"/>"))))
                .isNotNull();
        assertThat(refusal(urlset(url.formatted("<lastmod>2026-13-01</lastmod>"))))
                .isNotNull();
        assertThat(refusal(urlset(""))).isNotNull();
        assertThatThrownBy(() -> SitemapFiles.validateIndex(
                        "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>"))
                .isInstanceOf(SAXException.class);
    }

    private static String urlset(String content) {
        return "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"
                + content + "</urlset>";
    }

    private static String refusal(String xml) {
        try {
            SitemapFiles.validateUrlSet(xml);
            return null;
        } catch (SAXException e) {
            return e.getMessage();
        }
    }
}
