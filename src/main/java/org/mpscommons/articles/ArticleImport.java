package org.mpscommons.articles;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes articles written in the shipped files' format (YAML front matter, then Markdown citing the site's
 * references as {@code [@key]}), rendered and stored as the shipped ones are: for tools that fill a database, such
 * as generate-data, which must not write the articles' tables themselves.
 */
@Service
@NamedInterface("tools")
public class ArticleImport {

    private final ArticleSeeder seeder;

    ArticleImport(ArticleSeeder seeder) {
        this.seeder = seeder;
    }

    /** @return the new article's id */
    @Transactional
    public long publish(String name, String file, String note) {
        return seeder.store(seeder.parse(name, file), note);
    }
}
