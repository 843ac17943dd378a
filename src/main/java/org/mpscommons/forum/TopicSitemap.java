package org.mpscommons.forum;

import java.util.List;
import java.util.function.Consumer;
import org.mpscommons.web.SitemapEntry;
import org.mpscommons.web.SitemapSource;

/**
 * Public, visible topics in the sitemap, each at its canonical URL with the time of its last post. Part n holds the
 * topics with ids in ((n-1)·{@link #IDS_PER_PART}, n·{@link #IDS_PER_PART}]: a topic stays in its file as the forum
 * grows, old files change only when their topics do, and a file is read in keyset batches along the primary key.
 * Members-only, waiting, hidden, rejected and deleted topics are never listed.
 */
final class TopicSitemap implements SitemapSource {

    /**
     * Well under the protocol's 50,000: a file is ~1.5 MB, written in a fraction of a second, and a crawler refetches
     * 10,000 topics, not 50,000, when one of them changes.
     */
    static final int IDS_PER_PART = 10_000;

    /** Rows per query while a part is written; the response is written meanwhile. */
    static final int BATCH = 1_000;

    private final TopicRepository topics;
    private final int idsPerPart;
    private final int batch;

    TopicSitemap(TopicRepository topics, int idsPerPart, int batch) {
        this.topics = topics;
        this.idsPerPart = idsPerPart;
        this.batch = batch;
    }

    @Override
    public String name() {
        return "forum-topics";
    }

    @Override
    public List<Part> parts() {
        return topics.sitemapParts(idsPerPart);
    }

    @Override
    public void write(int part, Consumer<SitemapEntry> out) {
        if (part < 1) {
            return;
        }
        long after = (long) (part - 1) * idsPerPart;
        long last = (long) part * idsPerPart;
        List<TopicAddress> rows;
        do {
            rows = topics.publicInIdRange(after, last, batch);
            for (TopicAddress topic : rows) {
                out.accept(SitemapEntry.of(topic.path(), topic.lastPostedAt()));
            }
            after = rows.isEmpty() ? last : rows.get(rows.size() - 1).id();
        } while (rows.size() == batch);
    }
}
