package org.mpscommons.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.modulith.NamedInterface;

/**
 * How a feature lists its public pages in the sitemap (sitemaps.org 0.9). A source is a Spring bean; {@code
 * /sitemap.xml} is always a sitemap index naming every part of every source as {@code /sitemaps/{name}-{part}.xml},
 * and each part is a sitemap of at most {@link #MAX_URLS} URLs.
 *
 * <p>A source of a few thousand pages or fewer is made with {@link #listed}. A large one (forum topics) splits its
 * rows into parts by a key that does not move, such as ranges of ids, and streams a part in keyset batches: then a
 * part's file is read with an index and never with OFFSET, and a page stays in the same file as the site grows.
 *
 * <p>Only pages that anyone may read belong here (never members-only, hidden or waiting content), each once, at its
 * canonical URL: what a search engine is told here, it may show to the world.
 */
@NamedInterface("api")
public interface SitemapSource {

    /** The protocol's limit per sitemap file (which must also stay under 50 MB uncompressed). */
    int MAX_URLS = 50_000;

    /** Names this source in its files' URLs: lower-case ASCII words joined by hyphens, unique among sources. */
    String name();

    /**
     * The parts that hold at least one URL, in ascending order of number; none when the source has nothing to list.
     * Called for every request of the index, so it must be one cheap query at most.
     */
    List<Part> parts();

    /**
     * Hands every URL of one part to {@code out}, at most {@link #MAX_URLS}, as they are read (the response is written
     * meanwhile). A part number that is not among {@link #parts()} gives nothing, and the file is then a 404.
     */
    void write(int part, Consumer<SitemapEntry> out);

    /**
     * One file of a source.
     *
     * @param number from 1; numbers may skip (a range of ids with nothing public in it is left out)
     * @param lastModified the newest change among its URLs, an {@link Instant} or a {@link LocalDate}; null if unknown
     */
    record Part(int number, Temporal lastModified) {

        public Part {
            if (number < 1) {
                throw new IllegalArgumentException("Sitemap parts are numbered from 1: " + number);
            }
            SitemapXml.requireLastModified(lastModified);
        }
    }

    /**
     * A source whose URLs are listed at once, for a few thousand pages at most (the site's own pages, categories,
     * articles). The list is read again for every request of the index and of its file, in the same order each time;
     * more than {@link #MAX_URLS} would be split into parts by position.
     */
    static SitemapSource listed(String name, Supplier<List<SitemapEntry>> entries) {
        return new ListedSitemapSource(name, entries);
    }
}
