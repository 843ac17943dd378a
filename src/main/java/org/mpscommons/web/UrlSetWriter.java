package org.mpscommons.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one sitemap file (a {@code urlset}) as its entries arrive, so that a part of 50,000 URLs is never held in
 * memory. Nothing is written before the first entry: a part that turns out empty can still be answered with a 404.
 * Only {@link #finish()} closes the document, so a source that fails half-way leaves a broken file, never a complete
 * looking one that lacks URLs.
 */
final class UrlSetWriter implements Consumer<SitemapEntry> {

    /** Opens the response once it is sure to have a body. */
    interface Opener {
        Writer open() throws IOException;
    }

    private final String base;
    private final Opener opener;
    private XMLStreamWriter xml;
    private int count;

    UrlSetWriter(String base, Opener opener) {
        this.base = base;
        this.opener = opener;
    }

    @Override
    public void accept(SitemapEntry entry) {
        if (count == SitemapSource.MAX_URLS) {
            throw new IllegalStateException("A sitemap part holds at most " + SitemapSource.MAX_URLS + " URLs");
        }
        try {
            if (xml == null) {
                xml = SitemapXml.start(opener.open(), "urlset");
                xml.writeNamespace("xhtml", SitemapXml.XHTML_NS);
            }
            xml.writeCharacters("\n");
            xml.writeStartElement("url");
            SitemapXml.text(xml, "loc", SitemapXml.uri(base + entry.path()));
            if (entry.lastModified() != null) {
                SitemapXml.text(xml, "lastmod", SitemapXml.w3c(entry.lastModified()));
            }
            for (Map.Entry<String, String> alternate : entry.alternates().entrySet()) {
                xml.writeEmptyElement("xhtml", "link", SitemapXml.XHTML_NS);
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("hreflang", alternate.getKey());
                xml.writeAttribute("href", SitemapXml.uri(base + alternate.getValue()));
            }
            xml.writeEndElement();
            count++;
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(SitemapXml.ioFailure(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count() {
        return count;
    }

    /** Ends the document after the last entry; call only when there was one. */
    void finish() throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw SitemapXml.ioFailure(e);
        }
    }
}
