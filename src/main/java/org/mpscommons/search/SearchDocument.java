package org.mpscommons.search;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * One thing search can find, as its feature describes it: a published article, a public topic's post.
 *
 * @param key unique across the index, e.g. "post:12"
 * @param type article, topic or post (what the results page filters by)
 * @param language ja or en: the analyzer its text goes through
 * @param path site-relative address of the result, without the language of the reader's page
 * @param category a forum category's slug or an article theme; may be empty
 */
@NamedInterface("spi")
public record SearchDocument(
        String key,
        String type,
        String language,
        String title,
        String text,
        String path,
        String category,
        Instant date) {}
