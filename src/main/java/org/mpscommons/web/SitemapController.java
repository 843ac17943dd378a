package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sitemap. {@code /sitemap.xml} is always a sitemap index, however small the site, and names each part of each
 * {@link SitemapSource} as {@code /sitemaps/{name}-{part}.xml}: one shape at every size, and a search engine refetches
 * only the parts whose date moved. Files are written as they are read from the database and touch no session.
 */
@Controller
class SitemapController {

    static final String CONTENT_TYPE = "application/xml;charset=UTF-8";

    /** A new public page reaches the sitemap within minutes, and a crawler that polls is answered by caches. */
    static final String CACHE_CONTROL =
            CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic().getHeaderValue();

    /** {@code {name}-{part}.xml}; a part number of at most nine digits fits an int. */
    private static final Pattern PART_FILE =
            Pattern.compile("(" + ListedSitemapSource.NAME.pattern() + ")-([1-9][0-9]{0,8})\\.xml");

    private final Map<String, SitemapSource> sources;
    private final PageFactory pages;

    SitemapController(List<SitemapSource> sources, PageFactory pages) {
        this.pages = pages;
        Map<String, SitemapSource> byName = new TreeMap<>();
        for (SitemapSource source : sources) {
            ListedSitemapSource.requireName(source.name());
            if (byName.put(source.name(), source) != null) {
                throw new IllegalStateException("Two sitemap sources are named " + source.name());
            }
        }
        this.sources = Collections.unmodifiableMap(byName);
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = pages.baseUrl();
        // Read all parts first: a failing source then gives an error, not an index that silently lacks its files.
        List<Map.Entry<String, SitemapSource.Part>> files = new ArrayList<>();
        sources.forEach((name, source) -> source.parts().forEach(part -> files.add(Map.entry(name, part))));
        if (files.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            XMLStreamWriter xml = SitemapXml.start(open(response), "sitemapindex");
            for (Map.Entry<String, SitemapSource.Part> file : files) {
                xml.writeCharacters("\n");
                xml.writeStartElement("sitemap");
                SitemapXml.text(
                        xml,
                        "loc",
                        SitemapXml.uri(base + "/sitemaps/" + file.getKey() + "-"
                                + file.getValue().number() + ".xml"));
                if (file.getValue().lastModified() != null) {
                    SitemapXml.text(
                            xml, "lastmod", SitemapXml.w3c(file.getValue().lastModified()));
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw SitemapXml.ioFailure(e);
        }
    }

    @GetMapping("/sitemaps/{file}")
    void part(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = PART_FILE.matcher(file);
        SitemapSource source = name.matches() ? sources.get(name.group(1)) : null;
        if (source == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        UrlSetWriter urls = new UrlSetWriter(pages.baseUrl(), () -> open(response));
        try {
            source.write(Integer.parseInt(name.group(2)), urls);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (urls.count() == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        urls.finish();
    }

    private static Writer open(HttpServletResponse response) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        return new BufferedWriter(response.getWriter(), 16 * 1024);
    }
}
