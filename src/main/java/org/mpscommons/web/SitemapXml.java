package org.mpscommons.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the sitemap and the sitemap index write alike: their namespaces, dates in the W3C format, URLs as URIs. The
 * XML itself goes through the JDK's writer, which escapes everything it is given.
 */
final class SitemapXml {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    /** Characters RFC 3986 allows nowhere in a URI, besides controls, space and everything beyond ASCII. */
    private static final String NEVER_IN_URI = "\"<>\\^`{|}";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SitemapXml() {}

    static XMLStreamWriter start(Writer out, String root) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(SITEMAP_NS);
        return xml;
    }

    static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** W3C Datetime (a profile of ISO 8601): a day, or a UTC time to the second. */
    static String w3c(Temporal lastModified) {
        return switch (lastModified) {
            case Instant instant -> DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
            case LocalDate date -> DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            default -> throw new IllegalArgumentException("Not a sitemap date: " + lastModified);
        };
    }

    /** Sitemaps and their parts say when they changed with an {@link Instant} or a {@link LocalDate}, or not at all. */
    static void requireLastModified(Temporal lastModified) {
        if (lastModified != null && !(lastModified instanceof Instant) && !(lastModified instanceof LocalDate)) {
            throw new IllegalArgumentException("A sitemap date is an Instant or a LocalDate: " + lastModified);
        }
    }

    /** For finding the newest of dates of both kinds: a day counts from its start, in UTC. */
    static Instant comparable(Temporal lastModified) {
        return lastModified instanceof LocalDate date
                ? date.atStartOfDay(ZoneOffset.UTC).toInstant()
                : (Instant) lastModified;
    }

    /**
     * The URI of an IRI (RFC 3987, 3.1): what a URI may not hold is percent-encoded as UTF-8; everything else,
     * an existing {@code %XX} included, stays as it is, so an already encoded path is not encoded twice. The
     * protocol wants URIs, and the result is plain ASCII, safe in XML.
     */
    static String uri(String iri) {
        if (iri.chars().allMatch(SitemapXml::allowedAsIs)) {
            return iri;
        }
        StringBuilder uri = new StringBuilder(iri.length() + 16);
        for (byte b : iri.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (allowedAsIs(c)) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return uri.toString();
    }

    private static boolean allowedAsIs(int c) {
        return c > 0x20 && c < 0x7F && NEVER_IN_URI.indexOf(c) < 0;
    }

    /**
     * The response's IOException (a reader who went away) as itself, so the servlet container treats it as one;
     * anything else is a fault of ours.
     */
    static IOException ioFailure(XMLStreamException e) {
        if (e.getCause() instanceof IOException io) {
            return io;
        }
        throw new IllegalStateException("Could not write the sitemap", e);
    }
}
