package org.mpscommons.forum;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with the JDK's XML writer, which escapes everything it is given. The feed names
 * the site as its author, so entries need no author of their own (readers see the poster on the page).
 */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One entry: a topic, its start as sanitized HTML. */
    record Entry(
            String id, String title, String language, String url, Instant published, Instant updated, String html) {}

    private AtomFeed() {}

    static String write(
            String id,
            String title,
            String language,
            String selfUrl,
            String pageUrl,
            String siteName,
            Instant updated,
            List<Entry> entries) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "updated", updated.toString());
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", pageUrl, "text/html");
            xml.writeStartElement("author");
            text(xml, "name", siteName);
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", entry.language());
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                link(xml, "alternate", entry.url(), "text/html");
                text(xml, "published", entry.published().toString());
                text(xml, "updated", entry.updated().toString());
                if (entry.html() != null && !entry.html().isEmpty()) {
                    xml.writeStartElement("content");
                    xml.writeAttribute("type", "html");
                    xml.writeCharacters(entry.html());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
