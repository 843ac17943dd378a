package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.mpscommons.SiteClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the sitemap as a search engine does, and validates every file against the sitemaps.org 0.9 schemas
 * (src/test/resources/sitemap): the index against siteindex.xsd; each part against sitemap.xsd together with the
 * declaration of {@code xhtml:link}, which sitemap.xsd's strict wildcard demands. Nothing is fetched from the network:
 * every other schema a document or schema might name is refused.
 */
public final class SitemapFiles {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private static final Schema URLSET = schema("sitemap.xsd", "xhtml-link.xsd");
    private static final Schema INDEX = schema("siteindex.xsd");

    /** One {@code <url>}: its absolute location, lastmod as written (or null) and hreflang alternates in order. */
    public record Url(String loc, String lastmod, Map<String, String> alternates) {}

    /** A file the index names, with its lastmod as written (or null). */
    public record Part(String loc, String lastmod) {}

    private SitemapFiles() {}

    /** The index's files, after checking the response and the document. */
    public static List<Part> index(SiteClient client) {
        Element root = fetch(client, "/sitemap.xml", INDEX, "sitemapindex");
        List<Part> parts = new ArrayList<>();
        for (Element sitemap : children(root, SITEMAP_NS, "sitemap")) {
            parts.add(new Part(text(sitemap, "loc"), optionalText(sitemap, "lastmod")));
        }
        return parts;
    }

    /** Every URL of every file the index names, each file checked. */
    public static List<Url> allUrls(SiteClient client) {
        List<Url> urls = new ArrayList<>();
        for (Part part : index(client)) {
            assertThat(part.loc()).startsWith(client.base() + "/sitemaps/");
            urls.addAll(urls(client, URI.create(part.loc()).getPath()));
        }
        return urls;
    }

    /** The URLs of one sitemap file, after checking the response and the document. */
    public static List<Url> urls(SiteClient client, String path) {
        Element root = fetch(client, path, URLSET, "urlset");
        List<Url> urls = new ArrayList<>();
        for (Element url : children(root, SITEMAP_NS, "url")) {
            Map<String, String> alternates = new LinkedHashMap<>();
            for (Element link : children(url, XHTML_NS, "link")) {
                assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            urls.add(new Url(text(url, "loc"), optionalText(url, "lastmod"), alternates));
        }
        return urls;
    }

    /** Throws, naming the first schema error, unless the text is a valid sitemap (a urlset). */
    public static void validateUrlSet(String xml) throws SAXException {
        validate(URLSET, xml);
    }

    public static void validateIndex(String xml) throws SAXException {
        validate(INDEX, xml);
    }

    private static Element fetch(SiteClient client, String path, Schema schema, String root) {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(path)
                .hasValueSatisfying(type ->
                        assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("application/xml;charset=utf-8"));
        try {
            validate(schema, response.body());
        } catch (SAXException e) {
            throw new AssertionError(path + " is not valid: " + e.getMessage() + "\n" + response.body(), e);
        }
        Element element = parse(response.body()).getDocumentElement();
        assertThat(element.getNamespaceURI()).isEqualTo(SITEMAP_NS);
        assertThat(element.getLocalName()).isEqualTo(root);
        return element;
    }

    private static void validate(Schema schema, String xml) throws SAXException {
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schemas together, so that a strict wildcard in one finds the elements of the others. Their own
     * references to further schemas (none today) would go through the resolver, which refuses them all.
     */
    private static Schema schema(String... names) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                throw new IllegalStateException("The sitemap schemas must not need " + namespace + " " + systemId);
            });
            List<Source> sources = new ArrayList<>();
            for (String name : names) {
                InputStream in = SitemapFiles.class.getResourceAsStream("/sitemap/" + name);
                if (in == null) {
                    throw new IllegalStateException("No schema sitemap/" + name);
                }
                sources.add(new StreamSource(in, "classpath:/sitemap/" + name));
            }
            return factory.newSchema(sources.toArray(Source[]::new));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + xml, e);
        }
    }

    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element
                    && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, SITEMAP_NS, name);
        assertThat(found).as(name).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static String optionalText(Element parent, String name) {
        List<Element> found = children(parent, SITEMAP_NS, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }
}
